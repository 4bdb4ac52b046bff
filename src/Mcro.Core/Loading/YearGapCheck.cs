using System.Globalization;
using Mcro.Diagnostics;

namespace Mcro.Loading;

/// <summary>
/// Year folders that skip a year (2021 after 2019): a year left out, or a folder misnamed. Valid data, so a warning
/// naming the later year's folder; the sheets and trends then go from one year with data to the next.
/// </summary>
public static class YearGapCheck
{
    public static readonly ProblemCode Rule = ProblemCode.YearGap;

    /// <param name="years">The year folders of the data.</param>
    public static IReadOnlyList<Diagnostic> Warnings(DataFolder folder, IEnumerable<int> years)
    {
        var ordered = years.Order().ToList();
        var warnings = new List<Diagnostic>();
        for (var i = 1; i < ordered.Count; i++)
        {
            var (before, year) = (ordered[i - 1], ordered[i]);
            if (year - before <= 1) continue;
            var missing = Enumerable.Range(before + 1, year - before - 1).Select(y => y.ToString(CultureInfo.InvariantCulture) + "/").ToList();
            warnings.Add(new Diagnostic(SourceLocation.OfFile(folder.Display(year.ToString(CultureInfo.InvariantCulture))), Rule,
                $"{year} comes after {before} with no {string.Join(", ", missing)} folder{(missing.Count == 1 ? "" : "s")} between: is a year missing, or a folder misnamed?"));
        }
        return warnings;
    }
}
