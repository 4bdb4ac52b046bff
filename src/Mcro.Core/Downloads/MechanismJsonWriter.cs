using System.Text;
using System.Text.Json;
using Mcro.Indicators;
using Mcro.Indicators.Mechanisms;
using Mcro.Model.Mechanisms;

namespace Mcro.Downloads;

/// <summary>A mechanism's figures of a year as JSON (docs/indicators-contract.md, "A mechanism of the series"): the same bytes on every machine.</summary>
public static class MechanismJsonWriter
{
    public static string Write(MechanismFigures figures) => Document(json => WriteYear(json, figures));

    /// <summary>Every year of a mechanism in one list, oldest first (its trends page's download).</summary>
    public static string WriteEveryYear(IEnumerable<MechanismFigures> years) => Document(json =>
    {
        json.WriteStartArray();
        foreach (var figures in years) WriteYear(json, figures);
        json.WriteEndArray();
    });

    private static string Document(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, IndicatorsJsonWriter.Options)) write(json);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteYear(Utf8JsonWriter json, MechanismFigures f)
    {
        json.WriteStartObject();
        json.WriteString("mechanism", f.Mechanism);
        json.WriteNumber("year", f.Year);
        var e = f.Establishment;
        json.WriteStartObject("establishment");
        json.WriteNumber("municipalities", e.Municipalities);
        json.WriteNumber("established", e.Established);
        json.WriteNumber("mandatory", e.Mandatory);
        json.WriteNumber("establishedMandatory", e.EstablishedMandatory);
        json.WriteNumber("establishedOptional", e.EstablishedOptional);
        json.WriteNumber("working", e.Working);
        json.WriteNumber("vacant", e.Vacant);
        json.WriteNumber("dissolved", e.Dissolved);
        json.WriteEndObject();
        Questions(json, "indicators", f.Indicators, excluded: false);
        json.WriteStartObject("people");
        json.WriteNumber("total", f.People.Total);
        json.WriteNumber("women", f.People.Women);
        json.WriteNumber("men", f.People.Men);
        json.WriteStartObject("byCommunity");
        foreach (var c in f.People.ByCommunity)
        {
            json.WriteStartObject(c.Community);
            json.WriteNumber("women", c.Women);
            json.WriteNumber("men", c.Men);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("notRepresented");
        foreach (var n in f.NotRepresented) json.WriteNumber(n.Community, n.Count);
        json.WriteEndObject();
        Questions(json, "duties", f.Duties, excluded: true);
        json.WriteStartArray("municipalities");
        foreach (var m in f.Municipalities) Municipality(json, m);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Questions(Utf8JsonWriter json, string name, IEnumerable<QuestionFigures> questions, bool excluded)
    {
        json.WriteStartObject(name);
        foreach (var q in questions)
        {
            json.WriteStartObject(q.Key);
            json.WriteNumber("yes", q.Yes);
            json.WriteNumber("no", q.No);
            if (excluded) json.WriteNumber("excluded", q.Excluded);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void Municipality(Utf8JsonWriter json, MunicipalityMechanism m)
    {
        json.WriteStartObject();
        json.WriteString("municipality", m.Municipality);
        json.WriteString("status", m.Status.Code());
        json.WriteBoolean("mandatory", m.Mandatory);
        Answers(json, "indicators", m.Indicators);
        Answers(json, "duties", m.Duties);
        json.WriteNumber("people", m.People);
        json.WriteNumber("women", m.Women);
        json.WriteNumber("men", m.Men);
        json.WriteStartArray("notRepresented");
        foreach (var c in m.NotRepresented) json.WriteStringValue(c);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Answers by key, in ordinal order of keys, written as the data writes them (yes, no, n/a).</summary>
    public static void Answers(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, Model.Answer> answers)
    {
        json.WriteStartObject(name);
        foreach (var (key, answer) in answers.OrderBy(a => a.Key, StringComparer.Ordinal)) json.WriteString(key, AnswerCode.Of(answer));
        json.WriteEndObject();
    }
}
