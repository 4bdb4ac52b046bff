using System.Text;
using System.Text.RegularExpressions;
using Mcro.BrowserTests.Links;
using Mcro.BrowserTests.Tools;
using UglyToad.PdfPig;

namespace Mcro.BrowserTests.Leaflets;

/// <summary>
/// The leaflets of `mcro build --pdf`, read back with poppler and PdfPig: two A4 pages, fonts embedded, text in reading
/// order, tagged with the edition's language, the document information, bookmarks, charts as figures with their
/// description, and the same bytes from a second build.
/// </summary>
public sealed partial class LeafletTests
{
    [SkippableFact]
    public void Every_sheet_has_its_two_page_A4_leaflet_and_links_to_it()
    {
        var site = PrintedSite.TheSample;
        foreach (var (year, tag) in PrintedSite.Sheets)
            Assert.True(File.Exists(site.PathOf(PrintedSite.LeafletOf(year, tag))), $"{PrintedSite.LeafletOf(year, tag)} was not printed");
        foreach (var leaflet in PrintedSite.Leaflets(site))
        {
            var pdf = Rendering.PdfInfo.Read(site.PathOf(leaflet));
            Assert.Null(pdf.LeafletProblem(leaflet));
            Assert.False(string.IsNullOrWhiteSpace(SecondPageText(site.PathOf(leaflet))), $"{leaflet}: the second page is empty");
            Assert.Contains($"href=\"{Path.GetFileName(leaflet)}\"", File.ReadAllText(site.PathOf(PrintedSite.PageOf(leaflet))));
        }
        Assert.Empty(LinkChecker.Problems(site));
    }

    [SkippableFact]
    public void Every_font_is_embedded_and_is_noto_sans()
    {
        var site = PrintedSite.TheSample;
        var pdffonts = Path.Combine(Path.GetDirectoryName(ToolBox.PdfInfo.Require())!, "pdffonts");
        foreach (var leaflet in PrintedSite.Leaflets(site))
        {
            var rows = ProcessRunner.Run(pdffonts, [site.PathOf(leaflet)], TimeSpan.FromSeconds(30)).Output
                .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
            Assert.NotEmpty(rows);
            Assert.All(rows, row => Assert.Matches(@"^\w{6}\+NotoSans-\S+\s.*\syes\s+yes\s+yes\s", row));
        }
    }

    [SkippableFact]
    public void The_document_information_language_tags_and_bookmarks_are_those_of_the_edition()
    {
        var site = PrintedSite.TheSample;
        var titles = new Dictionary<string, string>
        {
            ["sq"] = "Zyrat komunale për komunitete dhe kthim (ZKKK)",
            ["sr"] = "Opštinske kancelarije za zajednice i povratak (OKZP) u",
            ["sr-Cyrl"] = "Општинске канцеларије за заједнице и повратак (ОКЗП) у",
            ["en"] = "Municipal Offices for Communities and Return (MOCR) in",
        };
        foreach (var (year, tag) in PrintedSite.Sheets)
        {
            var path = site.PathOf(PrintedSite.LeafletOf(year, tag));
            using (var document = PdfDocument.Open(path))
            {
                var info = document.Information;
                Assert.Equal($"{titles[tag]} {year}", info.Title);
                Assert.False(string.IsNullOrWhiteSpace(info.Author));
                Assert.False(string.IsNullOrWhiteSpace(info.Subject));
                Assert.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), info.Keywords);
                Assert.Equal($"D:{year}1231235959Z", info.CreationDate);
                Assert.Equal($"D:{year}1231235959Z", info.ModifiedDate);
                Assert.True(document.TryGetBookmarks(out var bookmarks, false), $"{path} has no bookmarks");
                Assert.True(bookmarks.Roots.Count > 0 && bookmarks.GetNodes().Count() >= 4, $"{path}: {bookmarks.GetNodes().Count()} bookmark(s)");
            }
            var raw = Encoding.Latin1.GetString(File.ReadAllBytes(path));
            Assert.Contains($"/Lang ({Mcro.Localization.Edition.For(tag).Language})", raw);
            Assert.Matches(@"/MarkInfo\s*<<[^>]*/Marked true", raw);
            Assert.Contains("/StructTreeRoot", raw);
            // Headings tag the sections; the data tables are screen-only (the print stylesheet leaves them out), so the charts' figures carry the figures.
            Assert.Contains("/S /H1", raw);
            Assert.Contains("/S /H2", raw);
            Assert.Contains("/S /Figure", raw);
            // The title text of every edition is extractable, Cyrillic included.
            Assert.Contains($"{titles[tag]} {year}", Normalize(Rendering.PdfInfo.Read(path).Text));
        }
    }

    [SkippableFact]
    public void Every_leaflet_is_titled_and_tagged_as_its_page_its_first_heading_and_its_language()
    {
        var site = PrintedSite.TheSample;
        foreach (var leaflet in PrintedSite.Leaflets(site))
        {
            var page = File.ReadAllText(site.PathOf(PrintedSite.PageOf(leaflet)));
            var title = System.Net.WebUtility.HtmlDecode(Regex.Replace(Heading().Match(page).Groups[1].Value, "<[^>]+>", "")).Trim();
            var language = PageLanguage().Match(page).Groups[1].Value;
            Assert.NotEqual("", title);
            using (var document = PdfDocument.Open(site.PathOf(leaflet)))
                Assert.Equal(title, document.Information.Title);
            var bytes = File.ReadAllBytes(site.PathOf(leaflet));
            Assert.Contains($"/Lang ({language})", Encoding.Latin1.GetString(bytes));
            Assert.Contains($"<rdf:li xml:lang=\"{language}\">{System.Security.SecurityElement.Escape(title)}</rdf:li>", Encoding.UTF8.GetString(bytes));
        }
    }

    [SkippableFact]
    public void Each_chart_is_a_figure_whose_alternative_text_is_its_title_and_description()
    {
        var site = PrintedSite.TheSample;
        var sheet = File.ReadAllText(site.PathOf("2019/sr-Cyrl/index.html"));
        var descriptions = Description().Matches(sheet).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(6, descriptions.Count);
        var alts = AltTexts(File.ReadAllBytes(site.PathOf(PrintedSite.LeafletOf(2019, "sr-Cyrl"))));
        Assert.All(descriptions, description => Assert.Contains(alts, alt => alt.EndsWith(description, StringComparison.Ordinal)));
    }

    [SkippableFact]
    public void Two_builds_print_byte_identical_leaflets()
    {
        var first = PrintedSite.TheSample;
        var second = PrintedSite.Print("printed-again");
        var leaflets = PrintedSite.Leaflets(first);
        Assert.Equal(leaflets, PrintedSite.Leaflets(second));
        foreach (var leaflet in leaflets)
        {
            Assert.True(File.ReadAllBytes(first.PathOf(leaflet)).AsSpan().SequenceEqual(File.ReadAllBytes(second.PathOf(leaflet))), $"{leaflet} differs between two builds");
        }
    }

    [SkippableFact]
    public void Every_leaflet_meets_the_machine_checkable_conditions_of_PDF_UA_1()
    {
        var site = PrintedSite.TheSample;
        var failures = PrintedSite.Leaflets(site)
            .SelectMany(leaflet => PdfUa.PdfUaChecker.Problems(leaflet, File.ReadAllBytes(site.PathOf(leaflet))))
            .ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SkippableFact]
    public void Pdfinfo_reads_every_leaflet_as_tagged_with_a_metadata_stream_declaring_PDF_UA_1()
    {
        var site = PrintedSite.TheSample;
        var pdfinfo = ToolBox.PdfInfo.Require();
        foreach (var leaflet in PrintedSite.Leaflets(site))
        {
            var path = site.PathOf(leaflet);
            var info = ProcessRunner.Run(pdfinfo, [path], TimeSpan.FromSeconds(30)).Output;
            Assert.Matches(@"(?m)^Metadata Stream:\s+yes$", info);
            Assert.Matches(@"(?m)^Tagged:\s+yes$", info);
            Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", ProcessRunner.Run(pdfinfo, ["-meta", path], TimeSpan.FromSeconds(30)).Output);
        }
    }

    [SkippableFact]
    public void A_leaflet_longer_than_two_pages_is_reported_at_the_i18n_text_that_prints_past_the_second_page_and_nothing_is_written()
    {
        var chromium = ToolBox.Chromium.Require();
        var data = RunFolder.NewFolder("long-closing-data");
        FolderCopy.Copy(RepositoryRoot.Data, data);
        var english = Path.Combine(data, "i18n", "en.yaml");
        var lines = File.ReadAllLines(english);
        var closing = Array.FindIndex(lines, line => line == "closing:");
        var paragraph = Array.FindIndex(lines, closing, line => line.StartsWith("  paragraph: ", StringComparison.Ordinal));
        var sentence = "The Mission keeps reading every report of every office, and it writes down what it finds, in detail, for each municipality. ";
        lines[paragraph] = "  paragraph: \"" + string.Concat(Enumerable.Repeat(sentence, 40)) + "\"";
        File.WriteAllLines(english, lines);
        var output = RunFolder.NewFolder("long-closing-site");

        var outcome = Mcro.Build.BuildPipeline.Run(new Mcro.Build.BuildRequest(data, "data", RepositoryRoot.Templates, "templates", output, "out", [2019], ["en"], null)
        {
            Leaflets = true,
            Chromium = chromium,
        });

        var failed = Assert.IsType<Mcro.Build.BuildOutcome.Failed>(outcome);
        // The closing paragraph ends every sheet of the series: each leaflet is reported at it, the MOCR's among them.
        Assert.All(failed.Problems, problem =>
            Assert.Matches($@"^data/i18n/en\.yaml:{paragraph + 1}:\d+: \(closing\.paragraph\): the 2019 en ([a-z-]+ )?leaflet prints on [3-9] pages", problem.ToString()));
        Assert.Contains(failed.Problems, problem => problem.Message.Contains("the 2019 en leaflet prints", StringComparison.Ordinal));
        Assert.Equal(failed.Problems.Count, failed.Problems.Select(p => p.Message).Distinct().Count());
        Assert.Empty(Directory.EnumerateFileSystemEntries(output));
    }

    [SkippableFact]
    public void A_sheet_whose_whole_print_is_too_large_is_a_problem_at_the_texts_past_the_second_page_and_nothing_is_written()
    {
        var chromium = ToolBox.Chromium.Require();
        var templates = RunFolder.NewFolder("long-print-templates");
        FolderCopy.Copy(RepositoryRoot.Templates, templates);
        File.AppendAllText(Path.Combine(templates, "assets", "site.css"), "\n@media print { body { font-size: 24pt; } }\n");
        var output = RunFolder.NewFolder("long-print-site");

        var outcome = Mcro.Build.BuildPipeline.Run(new Mcro.Build.BuildRequest(RepositoryRoot.Data, "data", templates, "templates", output, "out", [2019], ["en"], null)
        {
            Leaflets = true,
            Chromium = chromium,
        });

        var failed = Assert.IsType<Mcro.Build.BuildOutcome.Failed>(outcome);
        Assert.NotEmpty(failed.Problems);
        // A mechanism's sheet is reported at its i18n texts or at its definition's (data/mechanisms/cc.yaml (mandate)).
        Assert.All(failed.Problems, problem => Assert.Matches(@"^((data/i18n/en|data/mechanisms/[a-z0-9-]+)\.yaml:\d+:\d+: \([^)]+\): the 2019 en ([a-z0-9-]+ )?leaflet prints on \d+ pages|2019/en/([a-z0-9-]+/)?index\.html: cannot print this sheet's leaflet: it prints on \d+ page)", problem.ToString()));
        Assert.Contains(failed.Problems, problem => problem.Location.File == "data/i18n/en.yaml");
        Assert.Empty(Directory.EnumerateFileSystemEntries(output));
    }

    [SkippableFact]
    public void A_rebuild_with_nothing_changed_prints_nothing()
    {
        var site = PrintedSite.TheSample;
        var again = Mcro.Build.BuildPipeline.Run(new Mcro.Build.BuildRequest(RepositoryRoot.Data, "data", RepositoryRoot.Templates, "templates", site.Root, site.Root, null, null, null)
        {
            Leaflets = true,
            Chromium = ToolBox.Chromium.Require(),
        });

        Assert.IsType<Mcro.Build.BuildOutcome.UpToDate>(again);
        Assert.DoesNotContain(again.Steps, step => step.Name == "leaflets");
    }

    [SkippableTheory]
    [InlineData("sq")]
    [InlineData("sr-Cyrl")]
    public void The_leaflets_text_in_reading_order_is_the_approved_one(string tag)
    {
        var site = PrintedSite.TheSample;
        var text = Rendering.PdfInfo.Read(site.PathOf(PrintedSite.LeafletOf(2019, tag))).Text.Replace("\f", "\n--- page ---\n", StringComparison.Ordinal);
        var approved = Path.Combine(RepositoryRoot.Path, "tests", "Mcro.BrowserTests", "Leaflets", "approved", $"2019-{tag}.approved.txt");
        var received = Path.ChangeExtension(approved, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".txt";
        if (File.Exists(approved) && File.ReadAllText(approved) == text)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, text);
        Assert.Fail($"the text of 2019/{tag}'s leaflet differs from {approved}; read {received} and, if it is right, move it over the approved file");
    }

    private static string SecondPageText(string pdf)
    {
        var pdftotext = Path.Combine(Path.GetDirectoryName(ToolBox.PdfInfo.Require())!, "pdftotext");
        return ProcessRunner.Run(pdftotext, ["-f", "2", "-l", "2", "-enc", "UTF-8", pdf, "-"], TimeSpan.FromSeconds(30)).Output;
    }

    private static string Normalize(string text) => Whitespace().Replace(text, " ");

    /// <summary>Every /Alt of the structure tree, as text (Skia writes them as literal or UTF-16 hex strings).</summary>
    private static IReadOnlyList<string> AltTexts(byte[] pdf) => Alt().Matches(Encoding.Latin1.GetString(pdf)).Select(m =>
    {
        var value = m.Groups[1].Value;
        if (value.StartsWith('<'))
        {
            var bytes = Convert.FromHexString(value[1..^1]);
            return bytes is [0xFE, 0xFF, ..] ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2) : Encoding.Latin1.GetString(bytes);
        }
        return Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(value[1..^1].Replace("\\(", "(").Replace("\\)", ")")));
    }).ToList();

    [GeneratedRegex(@"<desc id=""[^""]+"">([^<]*)</desc>")]
    private static partial Regex Description();

    [GeneratedRegex(@"/Alt\s*(<[0-9A-Fa-f]*>|\((?:[^()\\]|\\.)*\))")]
    private static partial Regex Alt();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<main\b.*?<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"<html lang=""([^""]+)""")]
    private static partial Regex PageLanguage();
}
