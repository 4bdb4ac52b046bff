using System.Globalization;
using System.Text;
using Mcro.Indicators;
using Mcro.Indicators.Mechanisms;
using Mcro.Model.Mechanisms;

namespace Mcro.Downloads;

/// <summary>
/// A mechanism's figures as tidy CSV, one figure per row (docs/indicators-contract.md): the same figures as its JSON,
/// named by the same keys ("establishment.established", "indicators.meets_regularly.yes", …).
/// </summary>
public static class MechanismCsvWriter
{
    public const string Header = "mechanism,year,figure,municipality,community,value";

    public static string Write(MechanismFigures figures) => WriteEveryYear([figures]);

    public static string WriteEveryYear(IEnumerable<MechanismFigures> years)
    {
        var csv = new StringBuilder(Header).Append('\n');
        foreach (var f in years)
        {
            void Row(string figure, string value, string municipality = "", string community = "") =>
                csv.Append(f.Mechanism).Append(',').Append(f.Year.ToString(CultureInfo.InvariantCulture)).Append(',').Append(figure).Append(',')
                    .Append(municipality).Append(',').Append(community).Append(',').Append(value).Append('\n');
            void Number(string figure, int value, string municipality = "", string community = "") =>
                Row(figure, value.ToString(CultureInfo.InvariantCulture), municipality, community);
            var e = f.Establishment;
            Number("establishment.municipalities", e.Municipalities);
            Number("establishment.established", e.Established);
            Number("establishment.mandatory", e.Mandatory);
            Number("establishment.establishedMandatory", e.EstablishedMandatory);
            Number("establishment.establishedOptional", e.EstablishedOptional);
            Number("establishment.working", e.Working);
            Number("establishment.vacant", e.Vacant);
            Number("establishment.dissolved", e.Dissolved);
            foreach (var q in f.Indicators)
            {
                Number($"indicators.{q.Key}.yes", q.Yes);
                Number($"indicators.{q.Key}.no", q.No);
            }
            Number("people.total", f.People.Total);
            Number("people.women", f.People.Women);
            Number("people.men", f.People.Men);
            foreach (var c in f.People.ByCommunity)
            {
                Number("people.women", c.Women, community: c.Community);
                Number("people.men", c.Men, community: c.Community);
            }
            foreach (var n in f.NotRepresented) Number("notRepresented", n.Count, community: n.Community);
            foreach (var q in f.Duties)
            {
                Number($"duties.{q.Key}.yes", q.Yes);
                Number($"duties.{q.Key}.no", q.No);
                Number($"duties.{q.Key}.excluded", q.Excluded);
            }
            foreach (var m in f.Municipalities)
            {
                Row("status", m.Status.Code(), m.Municipality);
                Row("mandatory", m.Mandatory ? "yes" : "no", m.Municipality);
                foreach (var (key, answer) in m.Indicators.OrderBy(a => a.Key, StringComparer.Ordinal)) Row($"indicators.{key}", AnswerCode.Of(answer), m.Municipality);
                foreach (var (key, answer) in m.Duties.OrderBy(a => a.Key, StringComparer.Ordinal)) Row($"duties.{key}", AnswerCode.Of(answer), m.Municipality);
                if (m.Status == MechanismStatus.Yes)
                {
                    Number("people.total", m.People, m.Municipality);
                    Number("people.women", m.Women, m.Municipality);
                    Number("people.men", m.Men, m.Municipality);
                }
                foreach (var c in m.NotRepresented) Row("notRepresented", "yes", m.Municipality, c);
            }
        }
        return csv.ToString();
    }
}
