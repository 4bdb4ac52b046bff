using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mcro.Indicators;
using Mcro.Indicators.Change;
using Mcro.Indicators.Figures;
using F = Mcro.Indicators.Figures.FigureCatalog;

namespace Mcro.Downloads;

/// <summary>
/// Writes <see cref="YearIndicators"/> as the stable JSON contract (docs/indicators-contract.md): the contract's shape,
/// with every figure's name and value from <see cref="FigureCatalog"/>.
/// </summary>
public static class IndicatorsJsonWriter
{
    // Fixed options rather than defaults: '\n' on every OS and the same bytes everywhere.
    internal static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(YearIndicators indicators) => Write(indicators, null);

    /// <param name="change">The change from the year before in the data; null for the first year (written as null).</param>
    public static string Write(YearIndicators indicators, YearChange? change)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options)) WriteYear(json, indicators, change);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Every year's contract object in one JSON list, oldest first (trends/indicators.json).</summary>
    public static string WriteEveryYear(IEnumerable<(YearIndicators Figures, YearChange? Change)> years)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartArray();
            foreach (var (figures, change) in years) WriteYear(json, figures, change);
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>One MOCR's figures of one year (a profile's figures.json): "year", then its perOffice entry as is.</summary>
    /// <param name="after">Writes what follows the entry's own properties in the same object (a profile's other mechanisms); null: nothing.</param>
    public static string WriteOffice(int year, OfficeFigures office, Action<Utf8JsonWriter>? after = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options)) WriteOffice(json, office, year, after);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteYear(Utf8JsonWriter json, YearIndicators y, YearChange? change)
    {
        json.WriteStartObject();
        json.WriteNumber("year", y.Year);
        Number(json, F.Municipalities, y);
        Number(json, F.Offices, y);
        if (F.FirstEstablished.Read(y) is { } first) json.WriteNumber(F.FirstEstablished.JsonName, first);
        else json.WriteNull(F.FirstEstablished.JsonName);
        Codes(json, F.SimilarOffices.Count, y);
        YesNo(json, F.WorkPlansYes, F.WorkPlansNo, y);
        YesNo(json, F.AnnualReportsYes, F.AnnualReportsNo, y);
        WriteStaff(json, F.Staff, y.Staff);
        json.WriteStartArray(F.TasksPerformed.Group);
        foreach (var task in y.Tasks)
        {
            json.WriteStartObject();
            json.WriteString("task", task.Task);
            Number(json, F.TasksPerformed, task);
            Number(json, F.TasksNotPerformed, task);
            Codes(json, F.TasksExcluded.Count, task);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject(F.Distribution.Group);
        json.WriteStartArray(F.Distribution.JsonName);
        foreach (var count in F.Distribution.Read(y.TasksPerformed)) json.WriteNumberValue(count);
        json.WriteEndArray();
        Codes(json, F.TasksPerformedExcluded.Count, y.TasksPerformed);
        json.WriteEndObject();
        json.WriteStartArray(F.OfficeWorkPlan.Group);
        foreach (var office in y.PerOffice) WriteOffice(json, office);
        json.WriteEndArray();
        ChangeJson.Write(json, change);
        json.WriteEndObject();
    }

    private static void WriteOffice(Utf8JsonWriter json, OfficeFigures office, int? year = null, Action<Utf8JsonWriter>? after = null)
    {
        json.WriteStartObject();
        if (year is { } y) json.WriteNumber("year", y);
        json.WriteString("municipality", office.Municipality);
        Answer(json, F.OfficeWorkPlan, office);
        Answer(json, F.OfficeAnnualReport, office);
        Number(json, F.OfficeTasksPerformed, office);
        WriteStaff(json, F.OfficeStaff, office.Staff);
        json.WriteStartObject(F.OfficeTaskAnswer.JsonName);
        foreach (var answer in office.TaskAnswers) json.WriteString(answer.Task, AnswerCode.Of(F.OfficeTaskAnswer.Read(answer)));
        json.WriteEndObject();
        Codes(json, F.OfficeExcludedTasks, office);
        after?.Invoke(json);
        json.WriteEndObject();
    }

    private static void WriteStaff(Utf8JsonWriter json, StaffFigureSet figures, StaffFigures staff)
    {
        json.WriteStartObject(figures.Total.Group);
        Number(json, figures.Total, staff);
        Number(json, figures.Female, staff);
        Number(json, figures.Male, staff);
        json.WriteStartArray(figures.CommunityTotal.Group);
        foreach (var c in staff.ByCommunity)
        {
            json.WriteStartObject();
            json.WriteString("community", c.Community);
            Number(json, figures.CommunityFemale, c);
            Number(json, figures.CommunityMale, c);
            Number(json, figures.CommunityTotal, c);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void YesNo(Utf8JsonWriter json, Figure<YearIndicators, int> yes, Figure<YearIndicators, int> no, YearIndicators y)
    {
        json.WriteStartObject(yes.Group);
        Number(json, yes, y);
        Number(json, no, y);
        json.WriteEndObject();
    }

    private static void Number<TSource>(Utf8JsonWriter json, Figure<TSource, int> figure, TSource source) =>
        json.WriteNumber(figure.JsonName, figure.Read(source));

    private static void Answer<TSource>(Utf8JsonWriter json, Figure<TSource, Model.Answer> figure, TSource source) =>
        json.WriteString(figure.JsonName, AnswerCode.Of(figure.Read(source)));

    private static void Codes<TSource>(Utf8JsonWriter json, Figure<TSource, ImmutableArray<string>> figure, TSource source)
    {
        json.WriteStartArray(figure.JsonName);
        foreach (var code in figure.Read(source)) json.WriteStringValue(code);
        json.WriteEndArray();
    }
}
