using Mcro.Review;

namespace Mcro.Cli.Output;

/// <summary>Prints a comparison in the format asked for.</summary>
public static class DiffPrinter
{
    public static void Print(SiteChanges changes, DiffFormat format, TextWriter output, string title = "mcro diff")
    {
        switch (format)
        {
            case DiffFormat.Markdown: DiffMarkdownWriter.Write(changes, output, title); break;
            case DiffFormat.Json: DiffJsonWriter.Write(changes, output); break;
            default: DiffTextWriter.Write(changes, output); break;
        }
    }
}
