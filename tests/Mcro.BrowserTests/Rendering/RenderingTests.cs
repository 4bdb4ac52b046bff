using Mcro.BrowserTests.Browser;
using Mcro.BrowserTests.SampleSite;

namespace Mcro.BrowserTests.Rendering;

/// <summary>One edition per script: Serbian in Latin (sr) and in Cyrillic (sr-Cyrl), on a phone, a desktop and A4 paper; the trends page on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RenderingTests(Chromium chromium)
{
    private static BuiltSite Sample => BuiltSite.TheSample;

    public static TheoryData<string> Editions => new() { "sr", "sr-Cyrl" };

    [SkippableTheory]
    [MemberData(nameof(Editions))]
    public async Task The_sheet_fills_a_phone_screen_without_scrolling_sideways(string edition)
    {
        var problems = await SheetRendering.ScreenProblemsAsync(chromium, Sample, $"2019/{edition}/index.html", SheetRendering.PhoneWidth, $"2019-{edition}-phone.png");

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableTheory]
    [InlineData("sq")]
    [InlineData("sr-Cyrl")]
    public async Task The_trends_page_fills_a_phone_screen_without_scrolling_sideways(string edition)
    {
        var problems = await SheetRendering.ScreenProblemsAsync(chromium, Sample, $"trends/{edition}/index.html", SheetRendering.PhoneWidth, $"trends-{edition}-phone.png");

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableTheory]
    [InlineData("sr")]
    [InlineData("sq")]
    public async Task The_municipality_index_fills_a_phone_screen_its_table_scrolling_in_its_own_region(string edition)
    {
        var problems = await SheetRendering.ScreenProblemsAsync(chromium, Sample, $"{edition}/municipalities/index.html", SheetRendering.PhoneWidth, $"municipalities-{edition}-phone.png");

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableTheory]
    [MemberData(nameof(Editions))]
    public async Task The_sheet_fills_a_desktop_window_without_scrolling_sideways(string edition)
    {
        var problems = await SheetRendering.ScreenProblemsAsync(chromium, Sample, $"2019/{edition}/index.html", SheetRendering.DesktopWidth, $"2019-{edition}-desktop.png");

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    public static TheoryData<string> SampledProfiles => [.. BuiltSite.ProfileSample];

    [SkippableTheory]
    [MemberData(nameof(SampledProfiles))]
    public async Task A_profile_fills_a_phone_screen_without_scrolling_sideways(string profile)
    {
        var shot = profile.Replace('/', '-').Replace("-index.html", "-phone.png", StringComparison.Ordinal);
        var problems = await SheetRendering.ScreenProblemsAsync(chromium, Sample, profile, SheetRendering.PhoneWidth, shot);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableTheory]
    [MemberData(nameof(Editions))]
    public async Task The_sheet_prints_as_the_two_page_A4_leaflet(string edition)
    {
        var pdf = await SheetRendering.PrintAsync(chromium, Sample, $"2019/{edition}/index.html", $"2019-{edition}.pdf");

        Assert.Null(pdf.LeafletProblem($"2019/{edition}/index.html"));
        var title = edition == "sr" ? "Opštinske kancelarije za zajednice i povratak" : "Општинске канцеларије за заједнице и повратак";
        Assert.Contains(title, pdf.Text);
    }

    [SkippableFact]
    public async Task A_blank_page_is_reported_with_its_screenshot()
    {
        var broken = Sample.Copy().Replace("2019/sr/index.html", "<body>", "<body style=\"visibility: hidden\">");

        var problems = await SheetRendering.ScreenProblemsAsync(chromium, broken.Site, "2019/sr/index.html", SheetRendering.DesktopWidth, "broken-blank.png");

        Assert.Contains(problems, p => p.StartsWith("2019/sr/index.html at 1280 px is blank", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Content_wider_than_a_phone_is_reported_with_the_element_that_sticks_out()
    {
        var broken = Sample.Copy().Replace("2019/sr-Cyrl/index.html", "<main id=\"content\">", "<main id=\"content\"><p id=\"too-wide\" style=\"width: 900px\">x</p>");

        var problems = await SheetRendering.ScreenProblemsAsync(chromium, broken.Site, "2019/sr-Cyrl/index.html", SheetRendering.PhoneWidth, "broken-wide.png");

        Assert.Contains(problems, p => p.StartsWith("2019/sr-Cyrl/index.html at 360 px scrolls sideways", StringComparison.Ordinal) && p.Contains("p#too-wide"));
    }

    [SkippableFact]
    public async Task A_data_table_wider_than_a_phone_is_reported_only_once_it_is_open()
    {
        var broken = Sample.Copy().Replace("2019/sr/index.html", "<table>", "<table style=\"width: 700px\">");

        var problems = await SheetRendering.ScreenProblemsAsync(chromium, broken.Site, "2019/sr/index.html", SheetRendering.PhoneWidth, "broken-wide-table.png");

        var problem = Assert.Single(problems);
        Assert.StartsWith("2019/sr/index.html (data tables open) at 360 px scrolls sideways", problem);
        Assert.Contains("table", problem);
    }

    [SkippableFact]
    public async Task A_sheet_that_grows_to_three_pages_is_not_the_leaflet()
    {
        var broken = Sample.Copy().Replace("2019/sr/index.html", "<main id=\"content\">", "<main id=\"content\"><div style=\"height: 250mm\"></div>");

        var pdf = await SheetRendering.PrintAsync(chromium, broken.Site, "2019/sr/index.html", "broken-three-pages.pdf");

        Assert.StartsWith("2019/sr/index.html prints as 3 page(s)", pdf.LeafletProblem("2019/sr/index.html"));
    }
}
