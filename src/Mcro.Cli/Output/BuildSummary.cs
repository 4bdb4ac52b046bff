using System.Globalization;
using Mcro.Site;

namespace Mcro.Cli.Output;

/// <summary>The one line a successful build ends with.</summary>
public static class BuildSummary
{
    public static string Describe(BuildReport report, string outputDisplay)
    {
        var plan = report.Plan!;
        var site = report.Site!;
        var written = report.Written!;
        var seconds = report.Steps.Sum(s => s.Elapsed.TotalSeconds);
        var editions = plan.BuildYears.Count * plan.BuildEditions.Count;
        return string.Create(CultureInfo.InvariantCulture,
            $"built {editions} edition(s) ({string.Join(", ", plan.BuildYears)} × {string.Join(", ", plan.BuildEditions.Select(e => e.Tag))}): " +
            $"{site.Pages} page(s), {site.Charts} chart(s); {written.Written} file(s) written, {written.Unchanged} unchanged; " +
            $"{seconds:0.00} s → {outputDisplay}/");
    }
}
