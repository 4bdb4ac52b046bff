using System.Globalization;
using Mcro.Build;

namespace Mcro.Cli.Output;

/// <summary>The one line a successful build ends with.</summary>
public static class BuildSummary
{
    public static string Describe(BuildOutcome outcome, string outputDisplay)
    {
        var (site, written, unchanged) = outcome switch
        {
            BuildOutcome.Built built => (built.Site, built.Written.Written, built.Written.Unchanged),
            BuildOutcome.UpToDate same => (same.Site, 0, same.Files),
            _ => throw new ArgumentException("a failed build has no summary", nameof(outcome)),
        };
        var seconds = outcome.Steps.Sum(s => s.Elapsed.TotalSeconds);
        var editions = site.Years.Count * site.Editions.Count;
        var warnings = outcome.Warnings.Count == 0 ? "" : $"{ProblemPrinter.Count(0, outcome.Warnings.Count)}; ";
        return string.Create(CultureInfo.InvariantCulture,
            $"built {editions} edition(s) ({string.Join(", ", site.Years)} × {string.Join(", ", site.Editions)}): " +
            $"{site.Pages} page(s), {site.Charts} chart(s); {written} file(s) written, {unchanged} unchanged; {warnings}" +
            $"{seconds:0.00} s → {outputDisplay}/");
    }
}
