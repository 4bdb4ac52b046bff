using System.Globalization;
using System.Text.RegularExpressions;
using Mcro.BrowserTests.Tools;

namespace Mcro.BrowserTests.Rendering;

/// <summary>What poppler's pdfinfo and pdftotext say about a printed sheet: its pages, their size, its text.</summary>
public sealed partial record PdfInfo(int Pages, double WidthPoints, double HeightPoints, string Text)
{
    /// <summary>A4 in PostScript points (210 × 297 mm).</summary>
    public bool IsA4 => Math.Abs(WidthPoints - 595.28) < 1.5 && Math.Abs(HeightPoints - 841.89) < 1.5;

    /// <summary>Why this is not the published leaflet (two A4 pages), or null when it is.</summary>
    public string? LeafletProblem(string page) => Pages == 2 && IsA4
        ? null
        : $"{page} prints as {Pages} page(s) of {WidthPoints:0.#} × {HeightPoints:0.#} pt; the leaflet is 2 A4 pages (595.3 × 841.9 pt)";

    public static PdfInfo Read(string pdf)
    {
        var pdfinfo = ToolBox.PdfInfo.Require();
        var info = ProcessRunner.Run(pdfinfo, [pdf], TimeSpan.FromSeconds(30));
        if (info.ExitCode != 0) throw new InvalidOperationException($"pdfinfo {pdf}: {info.Error}");
        var pages = PagesLine().Match(info.Output);
        var size = SizeLine().Match(info.Output);
        if (!pages.Success || !size.Success) throw new InvalidOperationException($"pdfinfo {pdf} gave no page count or size:\n{info.Output}");
        // pdftotext ships beside pdfinfo in poppler-utils.
        var text = ProcessRunner.Run(Path.Combine(Path.GetDirectoryName(pdfinfo)!, "pdftotext"), ["-enc", "UTF-8", pdf, "-"], TimeSpan.FromSeconds(30)).Output;
        return new PdfInfo(int.Parse(pages.Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture), text);
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^Page size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline)]
    private static partial Regex SizeLine();
}
