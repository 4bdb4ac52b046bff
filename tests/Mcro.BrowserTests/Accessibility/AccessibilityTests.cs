using Mcro.BrowserTests.Browser;
using Mcro.BrowserTests.SampleSite;

namespace Mcro.BrowserTests.Accessibility;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(Chromium chromium)
{
    private static BuiltSite Sample => BuiltSite.TheSample;

    [SkippableFact]
    public async Task Every_edition_and_the_landing_page_pass_axe_for_WCAG_21_A_and_AA()
    {
        var violations = await AxeAudit.ViolationsAsync(chromium, Sample, Sample.PagesButProfiles);

        Assert.True(violations.Count == 0, "axe-core found violations:\n" + string.Join("\n", violations));
    }

    [SkippableFact]
    public async Task Profiles_of_every_kind_in_every_edition_pass_axe_for_WCAG_21_A_and_AA()
    {
        Assert.Equal(16, BuiltSite.ProfileSample.Count);
        var violations = await AxeAudit.ViolationsAsync(chromium, Sample, [.. BuiltSite.ProfileSample.Select(Sample.PathOf)]);

        Assert.True(violations.Count == 0, "axe-core found violations:\n" + string.Join("\n", violations));
    }

    [SkippableFact]
    public async Task Each_edition_s_accessibility_statement_passes_axe_for_WCAG_21_A_and_AA()
    {
        var statements = Sample.Pages.Where(p => Sample.Relative(p).EndsWith("/accessibility/index.html", StringComparison.Ordinal)).ToList();
        Assert.Equal(["en", "sq", "sr-Cyrl", "sr"], statements.Select(p => Sample.Relative(p).Split('/')[0]));
        Assert.All(statements, s => Assert.Contains(s, Sample.PagesButProfiles));

        var violations = await AxeAudit.ViolationsAsync(chromium, Sample, statements);

        Assert.True(violations.Count == 0, "axe-core found violations:\n" + string.Join("\n", violations));
    }

    [SkippableFact]
    public async Task Every_chart_reaches_a_screen_reader_as_a_named_described_image_with_its_data_table()
    {
        var sheets = Sample.Pages.Where(p => Sample.Relative(p).Count(c => c == '/') == 2 && (char.IsAsciiDigit(Sample.Relative(p)[0]) || Sample.Relative(p).StartsWith("trends/", StringComparison.Ordinal))).ToList();
        Assert.Equal(16, sheets.Count); // three sample years × four editions, and the trends page of each edition
        // The rest of the series, sampled: each mechanism's 2019 sheet and its trends page, in every edition.
        var series = Sample.Pages.Where(p => Sample.Relative(p).Count(c => c == '/') == 3
            && (Sample.Relative(p).StartsWith("2019/", StringComparison.Ordinal) || Sample.Relative(p).StartsWith("trends/", StringComparison.Ordinal))
            && !Sample.Relative(p).Contains("/municipalities/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2 * 4 + 2 * 4, series.Count);
        sheets.AddRange(series);

        var problems = new List<string>();
        foreach (var sheet in sheets) problems.AddRange(await ChartsAsHeard.ProblemsAsync(chromium, Sample, sheet));

        Assert.True(problems.Count == 0, "charts a screen reader does not get:\n" + string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task Every_chart_file_opened_on_its_own_is_a_named_described_image()
    {
        // 72 of the MOCR's sheets, 60 of its trends pages, 84 of the CC's and DMC's sheets, 24 of their trends pages (profiles inline theirs only)
        Assert.Equal(72 + 60 + 84 + 24, Sample.ChartFiles.Count);

        var problems = await ChartFilesAsHeard.ProblemsAsync(chromium, Sample);

        Assert.True(problems.Count == 0, "chart files a screen reader does not get:\n" + string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task A_chart_file_without_its_title_is_reported_with_its_file()
    {
        var broken = Sample.Copy().Remove("2018/en/charts/tasks-performed.svg", "<title id=\"tasks-performed-title\">", "</title>");

        var problems = await ChartFilesAsHeard.ProblemsAsync(chromium, broken.Site,
            [broken.Site.PathOf("2018/en/charts/tasks-performed.svg"), broken.Site.PathOf("2018/en/charts/core-tasks.svg")]);

        var problem = Assert.Single(problems);
        Assert.StartsWith("2018/en/charts/tasks-performed.svg: the chart image is named", problem);
    }

    [SkippableFact]
    public async Task An_image_without_alt_text_is_a_violation_that_names_the_page_and_element()
    {
        var broken = Sample.Copy()
            .Replace("2019/sr-Cyrl/index.html", "<main id=\"content\">", "<main id=\"content\"><p><img src=\"charts/work-plans.svg\"></p>");

        var violations = await AxeAudit.ViolationsAsync(chromium, broken.Site, [broken.Site.PathOf("2019/sr-Cyrl/index.html")]);

        var violation = Assert.Single(violations);
        Assert.StartsWith("2019/sr-Cyrl/index.html: image-alt", violation);
        Assert.Contains("<img src=\"charts/work-plans.svg\">", violation);
    }

    [SkippableFact]
    public async Task A_chart_without_its_title_is_reported_with_its_page_and_figure()
    {
        var broken = Sample.Copy()
            .Remove("2019/sr/index.html", "<title id=\"work-plans-title\">", "</title>");

        var problems = await ChartsAsHeard.ProblemsAsync(chromium, broken.Site, broken.Site.PathOf("2019/sr/index.html"));

        var problem = Assert.Single(problems);
        Assert.StartsWith("2019/sr/index.html: #figure-work-plans: the chart image is named", problem);
    }
}
