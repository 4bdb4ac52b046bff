using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mcro.Indicators.Change;

namespace Mcro.Indicators;

/// <summary>Writes <see cref="YearIndicators"/> as the stable JSON contract (docs/indicators-contract.md).</summary>
public static class IndicatorsJsonWriter
{
    // Fixed options rather than defaults: '\n' on every OS and the same bytes everywhere.
    private static readonly JsonWriterOptions Options = new()
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
    public static string WriteOffice(int year, OfficeFigures office)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options)) WriteOffice(json, office, year);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteYear(Utf8JsonWriter json, YearIndicators y, YearChange? change)
    {
        json.WriteStartObject();
        json.WriteNumber("year", y.Year);
        json.WriteNumber("municipalities", y.Municipalities);
        json.WriteNumber("offices", y.Offices);
        if (y.FirstEstablished is { } first) json.WriteNumber("firstEstablished", first);
        else json.WriteNull("firstEstablished");
        WriteCodes(json, "similarOffices", y.SimilarOffices);
        WriteYesNo(json, "workPlans", y.WorkPlans);
        WriteYesNo(json, "annualReports", y.AnnualReports);
        WriteStaff(json, y.Staff);
        json.WriteStartArray("tasks");
        foreach (var task in y.Tasks)
        {
            json.WriteStartObject();
            json.WriteString("task", task.Task);
            json.WriteNumber("performed", task.Performed);
            json.WriteNumber("notPerformed", task.NotPerformed);
            WriteCodes(json, "excluded", task.Excluded);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("tasksPerformed");
        json.WriteStartArray("distribution");
        foreach (var count in y.TasksPerformed.Distribution) json.WriteNumberValue(count);
        json.WriteEndArray();
        WriteCodes(json, "excluded", y.TasksPerformed.Excluded);
        json.WriteEndObject();
        json.WriteStartArray("perOffice");
        foreach (var office in y.PerOffice) WriteOffice(json, office);
        json.WriteEndArray();
        ChangeJson.Write(json, change);
        json.WriteEndObject();
    }

    private static void WriteOffice(Utf8JsonWriter json, OfficeFigures office, int? year = null)
    {
        json.WriteStartObject();
        if (year is { } y) json.WriteNumber("year", y);
        json.WriteString("municipality", office.Municipality);
        json.WriteString("workPlan", AnswerCode.Of(office.WorkPlan));
        json.WriteString("annualReport", AnswerCode.Of(office.AnnualReport));
        json.WriteNumber("tasksPerformed", office.TasksPerformed);
        WriteStaff(json, office.Staff);
        json.WriteStartObject("taskAnswers");
        foreach (var answer in office.TaskAnswers) json.WriteString(answer.Task, AnswerCode.Of(answer.Answer));
        json.WriteEndObject();
        WriteCodes(json, "excludedTasks", office.ExcludedTasks);
        json.WriteEndObject();
    }

    private static void WriteStaff(Utf8JsonWriter json, StaffFigures staff)
    {
        json.WriteStartObject("staff");
        json.WriteNumber("total", staff.Total);
        json.WriteNumber("female", staff.Female);
        json.WriteNumber("male", staff.Male);
        json.WriteStartArray("byCommunity");
        foreach (var c in staff.ByCommunity)
        {
            json.WriteStartObject();
            json.WriteString("community", c.Community);
            json.WriteNumber("female", c.Female);
            json.WriteNumber("male", c.Male);
            json.WriteNumber("total", c.Total);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteYesNo(Utf8JsonWriter json, string name, YesNoCount count)
    {
        json.WriteStartObject(name);
        json.WriteNumber("yes", count.Yes);
        json.WriteNumber("no", count.No);
        json.WriteEndObject();
    }

    private static void WriteCodes(Utf8JsonWriter json, string name, IEnumerable<string> codes)
    {
        json.WriteStartArray(name);
        foreach (var code in codes) json.WriteStringValue(code);
        json.WriteEndArray();
    }
}
