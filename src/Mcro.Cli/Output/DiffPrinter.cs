using Mcro.Review;
using Mcro.Review.Report;

namespace Mcro.Cli.Output;

/// <summary>
/// Prints a comparison in the format asked for: the one entry `mcro diff` and `mcro snapshot verify` share, so both
/// print the same report.
/// </summary>
public static class DiffPrinter
{
    public static void Print(SiteChanges changes, DiffFormat format, TextWriter output, string title = "mcro diff")
    {
        var report = ReviewReportBuilder.Of(changes);
        switch (format)
        {
            case DiffFormat.Markdown: DiffMarkdownWriter.Write(report, output, title, DiffMarkdownWriter.MaxBytes); break;
            case DiffFormat.Json: DiffJsonWriter.Write(report, output); break;
            default: DiffTextWriter.Write(report, output); break;
        }
    }
}
