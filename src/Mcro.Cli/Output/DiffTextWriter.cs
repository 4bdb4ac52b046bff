using Mcro.Review;
using Spectre.Console;

namespace Mcro.Cli.Output;

/// <summary>A comparison for a person: the total, the data's changes, then per edition its figures, texts and charts; '-' before, '+' after.</summary>
public static class DiffTextWriter
{
    public static void Write(SiteChanges changes, TextWriter output)
    {
        var colour = TerminalColour.For(output);
        void Line(string text, string? style = null)
        {
            if (colour is null || style is null) output.WriteLine(text);
            else colour.MarkupLine($"[{style}]{Markup.Escape(text)}[/]");
        }

        Line(DiffTotal.Of(changes), "bold");
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
        foreach (var edition in changes.EditionsAdded) Line("+ edition " + edition, "green");
        foreach (var edition in changes.EditionsRemoved) Line("- edition " + edition, "red");
        foreach (var file in changes.FilesAdded) Line("+ " + file, "green");
        foreach (var file in changes.FilesRemoved) Line("- " + file, "red");
        foreach (var unit in changes.Units)
        {
            Line("");
            Line($"{DiffTotal.Heading(unit)} ({DiffTotal.Of(unit)})", "bold");
            foreach (var figure in unit.Figures) Line($"  {figure.Figure} {figure.Before ?? "(none)"} → {figure.After ?? "(none)"}", "yellow");
            foreach (var text in unit.Texts)
            {
                Line($"  text of {text.Page}:");
                if (text.InPlace is { } lines)
                {
                    foreach (var (before, after) in lines) Line("    ~ " + DiffWords.Text(before, after), "yellow");
                    continue;
                }
                foreach (var before in text.Before) Line("    - " + before, "red");
                foreach (var after in text.After) Line("    + " + after, "green");
            }
            foreach (var chart in unit.Charts)
            {
                Line($"  chart {chart.Chart}:");
                Line("    - " + (chart.Before ?? "(none)"), "red");
                Line("    + " + (chart.After ?? "(none)"), "green");
            }
        }
    }
}
