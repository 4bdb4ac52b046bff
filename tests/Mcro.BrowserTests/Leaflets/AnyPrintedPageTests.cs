using System.Text;
using Mcro.Build;
using Mcro.BrowserTests.Tools;
using Mcro.Diagnostics;
using Mcro.Indicators;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Producers;
using Mcro.Producers.Assets;
using Mcro.Producers.Leaflet;
using Mcro.Rendering;
using Mcro.Site;
using Mcro.Validation;
using UglyToad.PdfPig;

namespace Mcro.BrowserTests.Leaflets;

/// <summary>
/// The leaflet producer prints every page whose description says it is printed, whatever its kind: a kind of page only
/// this test knows (a handout, its own title in each edition) is printed at the path its description gives, titled and
/// tagged with its own title and language, and meets the PDF/UA-1 conditions as the sheets' leaflets do.
/// </summary>
public sealed class AnyPrintedPageTests
{
    private static readonly Dictionary<string, string> Titles = new()
    {
        ["en"] = "A handout of another kind, 2019",
        ["sr-Cyrl"] = "Летак друге врсте, 2019",
    };

    [SkippableFact]
    public void A_page_of_any_kind_described_as_printed_gets_its_leaflet_with_its_own_title_and_language()
    {
        var chromium = ToolBox.Chromium.Require();
        var dataset = DatasetValidator.LoadAndValidate(RepositoryRoot.Data, "data").Value!;
        var plan = EditionSelection.Plan(dataset.Config, [.. dataset.Years.Keys], [2019], [.. Titles.Keys], null).Value! with { Leaflets = true };
        var templates = TemplateSet.Load(RepositoryRoot.Templates, "templates").Value!;
        var assets = TemplateAssets.Load(RepositoryRoot.Templates, "templates").Value!;
        var request = new BuildRequest(RepositoryRoot.Data, "data", RepositoryRoot.Templates, "templates", RunFolder.NewFolder("handout-site"), "out", [2019], [.. Titles.Keys], null)
        {
            Leaflets = true,
            Chromium = chromium,
        };
        var prepared = new LeafletProducer().Prepare(request);
        Assert.Empty(prepared.Problems);
        using var leaflets = prepared.Value!;
        var context = new BuildContext(dataset, plan, IndicatorCalculator.ComputeEveryYear(dataset), templates, assets, [new AssetsProducer(), new HandoutProducer(), leaflets]);
        var sink = new MemorySink();
        leaflets.Start();

        Assert.True(new AssetsProducer().Produce(context, sink).Succeeded);
        Assert.True(new HandoutProducer().Produce(context, sink).Succeeded);
        var printed = leaflets.Produce(context, sink);

        Assert.Empty(printed.Problems);
        Assert.Equal(Titles.Count, printed.Value!.Files);
        foreach (var (tag, title) in Titles)
        {
            var path = HandoutProducer.LeafletOf(Edition.For(tag));
            var pdf = sink.Read(path);
            Assert.True(pdf is not null, $"{path} was not printed");
            var file = Path.Combine(RunFolder.NewFolder("handout-" + tag), Path.GetFileName(path));
            File.WriteAllBytes(file, pdf);
            using (var document = PdfDocument.Open(file))
            {
                Assert.Equal(title, document.Information.Title);
                Assert.Equal(title, document.Information.Keywords);
                Assert.Equal("D:20191231235959Z", document.Information.CreationDate);
            }
            var raw = Encoding.Latin1.GetString(pdf);
            Assert.Contains($"/Lang ({Edition.For(tag).Language})", raw);
            Assert.Contains($"<rdf:li xml:lang=\"{Edition.For(tag).Language}\">{title}</rdf:li>", Encoding.UTF8.GetString(pdf));
            var failures = PdfUa.PdfUaChecker.Problems(path, pdf);
            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }
    }

    /// <summary>One page a year and edition, at 2019/{tag}/handout/, printed beside it; a page this test writes by hand, on two A4 pages.</summary>
    private sealed class HandoutProducer : IPageProducer
    {
        private const string Kind = "handout";

        public string Name => "handouts";

        public IReadOnlyList<PageText> Texts => [];

        public static string PageOf(Edition edition) => SiteLayout.MechanismSheet(2019, edition, Kind);

        public static string LeafletOf(Edition edition) => SiteLayout.MechanismLeaflet(2019, edition, Kind);

        public IReadOnlyList<PageDescription> Pages(SitePlan plan, Dataset dataset) =>
            [.. plan.BuildEditions.Select(edition => new PageDescription(PageOf(edition), Kind, edition, 2019, Subject: Kind) { Leaflet = LeafletOf(edition) })];

        public Result<Produced> Produce(BuildContext context, ISiteSink sink)
        {
            foreach (var page in context.Site.OfKind(Kind))
            {
                var css = SiteLayout.Relative(page.Path, "assets/site.css");
                sink.WriteText(page.Path, $"""
                    <!doctype html>
                    <html lang="{page.Edition.Language}">
                    <head><meta charset="utf-8"><title>Handout</title><link rel="stylesheet" href="{css}"></head>
                    <body><main>
                    <h1>{Titles[page.Edition.Tag]}</h1>
                    <h2>One</h2><p>Mcro prints every page that says it is printed.</p>
                    <h2 style="break-before: page">Two</h2><p>On two pages, the second one this.</p>
                    </main></body></html>
                    """);
            }
            return Result<Produced>.Ok(Produced.None);
        }
    }
}
