using Mcro.BrowserTests.Browser;
using Mcro.BrowserTests.SampleSite;

namespace Mcro.BrowserTests.Links;

[Collection(BrowserCollection.Name)]
public sealed class FontTests(Chromium chromium)
{
    private static BuiltSite Sample => BuiltSite.TheSample;

    [SkippableFact]
    public async Task Every_page_draws_its_text_with_the_sites_own_fonts_loaded_from_file_urls()
    {
        var problems = new List<string>();
        foreach (var page in Sample.Pages) problems.AddRange(await FontsInBrowser.ProblemsAsync(chromium, Sample, page));

        Assert.True(problems.Count == 0, "fonts that do not load:\n" + string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task A_font_file_that_is_not_there_is_reported_with_the_page_and_face()
    {
        var broken = Sample.Copy();
        File.Delete(broken.Site.PathOf("assets/fonts/NotoSans-Regular.woff2"));

        var problems = await FontsInBrowser.ProblemsAsync(chromium, broken.Site, broken.Site.PathOf("2019/sr-Cyrl/index.html"));

        Assert.Contains(problems, p => p.StartsWith("2019/sr-Cyrl/index.html: font Noto Sans 400 did not load", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("2019/sr-Cyrl/index.html: footer p is drawn with", StringComparison.Ordinal) && p.Contains("(system)"));
    }
}
