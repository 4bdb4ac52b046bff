using Mcro.Review;
using Mcro.Review.Report;
using Spectre.Console;

namespace Mcro.Cli.Output;

/// <summary>
/// A comparison for a terminal, in the Markdown report's order and sections: the total, the data's changes, each year
/// added with its headline figures, the figures once, then the pages: the same change repeated counted, and one
/// edition's texts and charts with the others summarised. '-' before, '+' after.
/// </summary>
public static class DiffTextWriter
{
    public static void Write(SiteChanges changes, TextWriter output) => Write(ReviewReportBuilder.Of(changes), output);

    public static void Write(ReviewReport report, TextWriter output)
    {
        var changes = report.Changes;
        var colour = TerminalColour.For(output);
        void Line(string text, string? style = null)
        {
            if (colour is null || style is null) output.WriteLine(text);
            else colour.MarkupLine($"[{style}]{Markup.Escape(text)}[/]");
        }

        Line(DiffTotal.Of(report), "bold");
        if (DiffTotal.Drafts(changes) is { } drafts) Line(drafts, "yellow");
        foreach (var change in changes.Data.Changes)
        {
            var style = change switch
            {
                Review.Data.RowChange { Added: true } or Review.Data.FileChange { Added: true } or Review.Data.ColumnChange { Added: true } => "green",
                Review.Data.RowChange or Review.Data.FileChange or Review.Data.ColumnChange => "red",
                _ => "yellow",
            };
            Line("  " + DiffDataLines.Text(change), style);
        }
        foreach (var year in report.NewYears)
        {
            Line("");
            Line($"{year.Year} added{(year.Previous is { } p ? $", beside {p}" : "")}: {DiffTotal.Files(year)}", "bold");
            foreach (var h in year.Headlines) Line($"  {h.Name} {h.Before ?? "—"} → {h.After ?? "—"} ({h.Change ?? "—"})");
        }
        foreach (var edition in changes.EditionsAdded.Where(e => !report.InNewYear(e))) Line("+ edition " + edition, "green");
        foreach (var edition in changes.EditionsRemoved) Line("- edition " + edition, "red");
        foreach (var (edition, added, files) in report.Switched) Line($"{(added ? "+" : "-")} edition {edition} switched {(added ? "on" : "off")}, with {files} files beside its years", added ? "green" : "red");
        foreach (var file in changes.FilesAdded.Where(f => !report.OfSwitchedEdition(f))) Line("+ " + file, "green");
        foreach (var file in changes.FilesRemoved.Where(f => !report.OfSwitchedEdition(f))) Line("- " + file, "red");
        if (report.Figures.Count > 0)
        {
            Line("");
            Line($"figures, as the {report.Lead ?? changes.DefaultEdition} edition shows them (the same in every edition):", "bold");
            foreach (var figure in report.Figures) Line($"  {figure.Name} {figure.Before ?? "(none)"} → {figure.After ?? "(none)"}", "yellow");
        }
        if (changes.MechanismFigures.Count > 0)
        {
            Line("");
            Line("the series' figures, as their sheets count them:", "bold");
            foreach (var figure in changes.MechanismFigures) Line($"  {figure.Figure} {figure.Before ?? "(none)"} → {figure.After ?? "(none)"}", "yellow");
        }
        if (report.Lead is null && report.Texts.Count + report.Charts.Count == 0) return;
        Line("");
        Line($"pages and charts{DiffTotal.Editions(report, e => e)}:", "bold");
        foreach (var k in report.KnockOns)
        {
            var example = k.Text is { } t ? Words(t.Change) : k.Chart is { } c ? Words(c.Change) : "";
            Line($"  the same change on {k.Kinds}: {(k.NumbersVary ? "e.g. " : "")}{example}");
        }
        Listing(Line, report.Texts, report.Charts);
        foreach (var edition in report.Differing)
        {
            Line("");
            Line($"{edition.Edition} differs in more than its translation ({DiffTotal.Listed(edition.Texts.Count, edition.Charts.Count)}):", "bold");
            Listing(Line, edition.Texts, edition.Charts);
        }
    }

    private static void Listing(Action<string, string?> line, IReadOnlyList<PlacedText> texts, IReadOnlyList<PlacedChart> charts)
    {
        foreach (var group in texts.GroupBy(t => t.Page, StringComparer.Ordinal))
        {
            line($"  text of {group.Key}:", null);
            foreach (var text in group)
            {
                if (text.Change.InPlace is { } lines)
                {
                    foreach (var (before, after) in lines) line("    ~ " + DiffWords.Text(before, after), "yellow");
                    continue;
                }
                foreach (var before in text.Change.Before) line("    - " + before, "red");
                foreach (var after in text.Change.After) line("    + " + after, "green");
            }
        }
        foreach (var chart in charts)
        {
            line($"  chart {chart.Chart}:", null);
            line("    - " + (chart.Change.Before ?? "(none)"), "red");
            line("    + " + (chart.Change.After ?? "(none)"), "green");
        }
    }

    private static string Words(TextChange text) => text.InPlace is { } pairs
        ? string.Join(" / ", pairs.Select(p => DiffWords.Text(p.Before, p.After)))
        : string.Join(" / ", text.Before.Select(b => "[-" + b + "-]").Concat(text.After.Select(a => "{+" + a + "+}")));

    private static string Words(ChartChange chart) => DiffWords.Text(chart.Before ?? "", chart.After ?? "");
}
