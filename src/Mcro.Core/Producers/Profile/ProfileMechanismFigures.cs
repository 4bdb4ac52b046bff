using System.Globalization;
using System.Text;
using System.Text.Json;
using Mcro.Downloads;
using Mcro.Indicators;
using Mcro.Indicators.Mechanisms;
using Mcro.Model;
using Mcro.Model.Mechanisms;

namespace Mcro.Producers.Profile;

/// <summary>
/// A municipality's mechanisms of the series in a year, as its profile's figures.json and figures.csv add them after the
/// MOCR's own figures: per mechanism its entry of the mechanism's indicators.json ("municipalities"), with its people by
/// community. Keys and codes are the data's, never a language's.
/// </summary>
public sealed record ProfileMechanismFigures(string Mechanism, MunicipalityMechanism Figures, IReadOnlyList<CommunityPeople> ByCommunity)
{
    /// <summary>Every mechanism with figures that year, in the series' order; people by community in communities.csv order.</summary>
    public static IReadOnlyList<ProfileMechanismFigures> Of(Dataset dataset, string municipality, int year,
        IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableSortedDictionary<int, MechanismFigures>> series) =>
    [
        .. SeriesOfYear.Of(dataset, year, series)
            .Select(m => (m.Definition.Id, Figures: m.Figures.Of(municipality), m.Data))
            .Where(m => m.Figures is not null)
            .Select(m => new ProfileMechanismFigures(m.Id, m.Figures!, m.Figures!.Status == MechanismStatus.Yes
                ? ByCommunityOf(dataset, [.. m.Data.People.Where(p => p.Municipality == municipality)])
                : [])),
    ];

    private static IReadOnlyList<CommunityPeople> ByCommunityOf(Dataset dataset, IReadOnlyList<MechanismPerson> people) =>
    [
        .. dataset.Communities.Select(c => c.Code).Concat(people.Select(p => p.Community).Where(c => dataset.Communities.All(k => k.Code != c)).Distinct().Order(StringComparer.Ordinal))
            .Select(c => new CommunityPeople(c, people.Count(p => p.Community == c && p.Gender == Gender.Female), people.Count(p => p.Community == c && p.Gender == Gender.Male)))
            .Where(c => c.Total > 0),
    ];

    /// <summary>The "mechanisms" object of figures.json, written into the profile's object after the MOCR's keys.</summary>
    public static void WriteJson(Utf8JsonWriter json, IReadOnlyList<ProfileMechanismFigures> mechanisms)
    {
        json.WriteStartObject("mechanisms");
        foreach (var m in mechanisms)
        {
            var f = m.Figures;
            json.WriteStartObject(m.Mechanism);
            json.WriteString("status", f.Status.Code());
            json.WriteBoolean("mandatory", f.Mandatory);
            MechanismJsonWriter.Answers(json, "indicators", f.Indicators);
            MechanismJsonWriter.Answers(json, "duties", f.Duties);
            json.WriteNumber("women", f.Women);
            json.WriteNumber("men", f.Men);
            json.WriteStartObject("byCommunity");
            foreach (var c in m.ByCommunity)
            {
                json.WriteStartObject(c.Community);
                json.WriteNumber("women", c.Women);
                json.WriteNumber("men", c.Men);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteStartArray("notRepresented");
            foreach (var c in f.NotRepresented) json.WriteStringValue(c);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>
    /// The rows figures.csv adds after the MOCR's, in its columns (year,figure,municipality,community,task,taskCount,value):
    /// "mechanisms.ID.status", "mechanisms.ID.indicators.KEY", "mechanisms.ID.people.women" (per community too), …
    /// </summary>
    public static string CsvRows(int year, string municipality, IReadOnlyList<ProfileMechanismFigures> mechanisms)
    {
        var csv = new StringBuilder();
        var y = year.ToString(CultureInfo.InvariantCulture);
        foreach (var m in mechanisms)
        {
            var f = m.Figures;
            void Row(string figure, string value, string community = "") =>
                csv.Append(y).Append(',').Append("mechanisms.").Append(m.Mechanism).Append('.').Append(figure).Append(',')
                    .Append(municipality).Append(',').Append(community).Append(",,,").Append(value).Append('\n');
            Row("status", f.Status.Code());
            Row("mandatory", f.Mandatory ? "yes" : "no");
            foreach (var (key, answer) in f.Indicators.OrderBy(a => a.Key, StringComparer.Ordinal)) Row($"indicators.{key}", AnswerCode.Of(answer));
            foreach (var (key, answer) in f.Duties.OrderBy(a => a.Key, StringComparer.Ordinal)) Row($"duties.{key}", AnswerCode.Of(answer));
            if (f.Status != MechanismStatus.Yes) continue;
            Row("people.women", f.Women.ToString(CultureInfo.InvariantCulture));
            Row("people.men", f.Men.ToString(CultureInfo.InvariantCulture));
            foreach (var c in m.ByCommunity)
            {
                Row("people.women", c.Women.ToString(CultureInfo.InvariantCulture), c.Community);
                Row("people.men", c.Men.ToString(CultureInfo.InvariantCulture), c.Community);
            }
            foreach (var c in f.NotRepresented) Row("notRepresented", "yes", c);
        }
        return csv.ToString();
    }
}
