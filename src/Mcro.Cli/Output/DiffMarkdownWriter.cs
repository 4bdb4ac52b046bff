using Mcro.Review;

namespace Mcro.Cli.Output;

/// <summary>
/// A comparison for a GitHub job summary or pull-request comment: the total on the first line, the data's own changes
/// (cell by cell), editions and files added or removed, then each edition's changes folded in a &lt;details&gt; block.
/// </summary>
public static class DiffMarkdownWriter
{
    /// <summary>Data changes shown unfolded; the rest are folded, so a new year's hundred rows do not bury the report.</summary>
    public const int DataUnfolded = 12;

    public static void Write(SiteChanges changes, TextWriter output, string title = "mcro diff")
    {
        output.WriteLine(TotalLine(changes, title));
        if (changes.IsEmpty) return;
        output.WriteLine();
        if (!changes.Data.IsEmpty) WriteData(changes.Data.Changes, output);
        if (!changes.Data.IsEmpty && changes.EditionsAdded.Count + changes.EditionsRemoved.Count + changes.FilesAdded.Count + changes.FilesRemoved.Count > 0)
            output.WriteLine();
        foreach (var edition in changes.EditionsAdded) output.WriteLine($"- edition added: `{edition}`");
        foreach (var edition in changes.EditionsRemoved) output.WriteLine($"- edition removed: `{edition}`");
        foreach (var file in changes.FilesAdded) output.WriteLine($"- added: `{file}`");
        foreach (var file in changes.FilesRemoved) output.WriteLine($"- removed: `{file}`");
        foreach (var unit in changes.Units)
        {
            output.WriteLine();
            output.WriteLine($"<details><summary>{Escape(DiffTotal.Heading(unit))}: {Escape(DiffTotal.Of(unit))}</summary>");
            output.WriteLine();
            if (unit.Figures.Count > 0)
            {
                output.WriteLine("| figure | before | after |");
                output.WriteLine("|---|---:|---:|");
                foreach (var f in unit.Figures) output.WriteLine($"| {Escape(f.Figure)} | {Escape(f.Before ?? "—")} | {Escape(f.After ?? "—")} |");
                output.WriteLine();
            }
            foreach (var text in unit.Texts)
            {
                output.WriteLine($"Text of `{text.Page}`:");
                output.WriteLine();
                if (text.InPlace is { } lines)
                {
                    foreach (var (before, after) in lines) output.WriteLine("- " + DiffWords.Markdown(before, after));
                }
                else
                {
                    foreach (var before in text.Before) output.WriteLine($"- ~~{Escape(before)}~~");
                    foreach (var after in text.After) output.WriteLine($"- **{Escape(after)}**");
                }
                output.WriteLine();
            }
            foreach (var chart in unit.Charts)
            {
                output.WriteLine($"Chart `{chart.Chart}`:");
                output.WriteLine();
                output.WriteLine($"- before: {Escape(chart.Before ?? "—")}");
                output.WriteLine($"- after: {Escape(chart.After ?? "—")}");
                output.WriteLine();
            }
            output.WriteLine("</details>");
        }
    }

    /// <summary>The data's changes, the first few unfolded; the place first, so the reviewer can open the cell.</summary>
    private static void WriteData(IReadOnlyList<Review.Data.DataChange> changes, TextWriter output)
    {
        foreach (var change in changes.Take(DataUnfolded)) output.WriteLine("- " + DiffDataLines.Markdown(change));
        if (changes.Count <= DataUnfolded) return;
        output.WriteLine();
        output.WriteLine($"<details><summary>… {changes.Count - DataUnfolded} more data changes</summary>");
        output.WriteLine();
        foreach (var change in changes.Skip(DataUnfolded)) output.WriteLine("- " + DiffDataLines.Markdown(change));
        output.WriteLine();
        output.WriteLine("</details>");
    }

    /// <summary>The first line: the title and the total, in bold.</summary>
    public static string TotalLine(SiteChanges changes, string title) => $"**{Escape(title)}: {Escape(DiffTotal.Of(changes))}**";

    /// <summary>Text from the pages and data is shown as written, never read as markup or HTML.</summary>
    internal static string Escape(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '|' or '\\' or '*' or '_' or '~' or '`' or '[' or ']' or '#': sb.Append('\\').Append(c); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
