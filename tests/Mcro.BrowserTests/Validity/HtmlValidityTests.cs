using Mcro.BrowserTests.SampleSite;
using Mcro.BrowserTests.Tools;

namespace Mcro.BrowserTests.Validity;

public sealed class HtmlValidityTests : IClassFixture<MissingToolsNotice>
{
    [SkippableFact]
    public void Every_page_and_chart_of_the_sample_site_is_valid_HTML_and_SVG()
    {
        var errors = NuHtmlChecker.Check(BuiltSite.TheSample);

        Assert.True(errors.Count == 0, "the Nu HTML Checker found errors:\n" + string.Join("\n", errors));
    }

    [SkippableFact]
    public void Each_edition_s_accessibility_statement_is_valid_HTML()
    {
        var site = BuiltSite.TheSample;
        var statements = site.Pages.Where(p => site.Relative(p).EndsWith("/accessibility/index.html", StringComparison.Ordinal)).ToList();
        Assert.Equal(["en", "sq", "sr-Cyrl", "sr"], statements.Select(p => site.Relative(p).Split('/')[0]));

        var errors = NuHtmlChecker.Check(site, statements);

        Assert.True(errors.Count == 0, "the Nu HTML Checker found errors:\n" + string.Join("\n", errors));
    }

    [SkippableFact]
    public void An_image_without_alt_text_is_an_error_that_names_the_page_and_line()
    {
        var broken = BuiltSite.TheSample.Copy()
            .Replace("2019/sr/index.html", "<main id=\"content\">", "<main id=\"content\"><p><img src=\"charts/work-plans.svg\"></p>");

        var errors = NuHtmlChecker.Check(broken.Site, [broken.Site.PathOf("2019/sr/index.html"), broken.Site.PathOf("2019/en/index.html")]);

        var error = Assert.Single(errors);
        Assert.Equal("2019/sr/index.html", error.File);
        Assert.Contains("alt", error.Message);
        Assert.True(error.Line > 1, $"no line in {error}");
    }

    [SkippableFact]
    public void A_broken_chart_file_is_an_error_that_names_the_chart()
    {
        var broken = BuiltSite.TheSample.Copy()
            .Replace("2019/sr-Cyrl/charts/core-tasks.svg", "<title", "<chart-title/><title");

        var errors = NuHtmlChecker.Check(broken.Site, [broken.Site.PathOf("2019/sr-Cyrl/charts/core-tasks.svg"), broken.Site.PathOf("2019/sr/charts/core-tasks.svg")]);

        Assert.Contains(errors, e => e.File == "2019/sr-Cyrl/charts/core-tasks.svg" && e.Message.Contains("chart-title"));
    }
}
