using System.Globalization;
using Mcro.Downloads;
using Mcro.Indicators.Mechanisms;
using Mcro.Localization;
using Mcro.Model;

namespace Mcro.Review;

/// <summary>A figure of a mechanism of the series changed: <c>dmc 2019 · establishment · established · 15 → 16</c>.</summary>
/// <param name="Figure">The mechanism, the year and the figure in words, with its community's name where it has one.</param>
/// <param name="Before">As a reader reads it, in the default edition's numbers; null when the older side has no such figure.</param>
public sealed record MechanismFigureChange(string Mechanism, int Year, string Figure, string? Before, string? After);

/// <summary>
/// The series' figures on both sides, each computed by MechanismCalculator from its side's data, compared figure by
/// figure: a mechanism's sheet shows them, but its downloads are not the edition's indicators.csv the figure catalogue
/// compares, so a changed answer's effect on the sheet is told here. Years one side lacks are left out: their data is a
/// file added or removed.
/// </summary>
public static class MechanismFigureComparer
{
    public static IReadOnlyList<MechanismFigureChange> Compare(Dataset? before, Dataset? after)
    {
        if (before is null || after is null) return [];
        var numbers = Edition.For(after.Config.DefaultLanguage).Numbers;
        var old = MechanismCalculator.Series(before);
        var now = MechanismCalculator.Series(after);
        var changes = new List<MechanismFigureChange>();
        foreach (var (id, years) in now)
        {
            if (!old.TryGetValue(id, out var oldYears)) continue;
            foreach (var (year, figures) in years)
            {
                if (!oldYears.TryGetValue(year, out var oldFigures)) continue;
                var was = Rows(oldFigures);
                var @is = Rows(figures);
                foreach (var key in @is.Keys.Concat(was.Keys.Where(k => !@is.ContainsKey(k))))
                {
                    var (a, b) = (was.GetValueOrDefault(key), @is.GetValueOrDefault(key));
                    if (a == b) continue;
                    changes.Add(new MechanismFigureChange(id, year, Name(id, year, key, after), Shown(a, numbers), Shown(b, numbers)));
                }
            }
        }
        return changes;
    }

    /// <summary>The mechanism's figures over all municipalities, by figure and community, from its tidy CSV (the same names as its download's).</summary>
    private static Dictionary<(string Figure, string Community), string> Rows(MechanismFigures figures)
    {
        var rows = new Dictionary<(string, string), string>();
        foreach (var line in MechanismCsvWriter.Write(figures).Split('\n').Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split(',');
            // mechanism,year,figure,municipality,community,value: a municipality's own row is a cell of the data, listed above.
            if (cells.Length == 6 && cells[3].Length == 0) rows[(cells[2], cells[4])] = cells[5];
        }
        return rows;
    }

    private static string Name(string id, int year, (string Figure, string Community) key, Dataset dataset)
    {
        var parts = new List<string> { $"{id} {year.ToString(CultureInfo.InvariantCulture)}" };
        parts.AddRange(key.Figure.Split('.').Select(Words));
        if (key.Community.Length > 0)
        {
            var community = dataset.Communities.FirstOrDefault(c => c.Code == key.Community);
            parts.Add(community is not null && community.Name.Has(dataset.Config.DefaultLanguage) ? community.Name[dataset.Config.DefaultLanguage] : key.Community);
        }
        return string.Join(" · ", parts);
    }

    private static string? Shown(string? value, NumberStyle numbers) =>
        value is not null && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? numbers.Integer(number) : value;

    /// <summary>"establishedMandatory" → "established mandatory", "meets_regularly" → "meets regularly".</summary>
    private static string Words(string key)
    {
        var words = new System.Text.StringBuilder();
        foreach (var c in key)
        {
            if (char.IsUpper(c) && words.Length > 0) words.Append(' ');
            words.Append(c == '_' ? ' ' : char.ToLowerInvariant(c));
        }
        return words.ToString();
    }
}
