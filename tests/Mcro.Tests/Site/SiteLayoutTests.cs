using Mcro.Site;

namespace Mcro.Tests.Site;

public class SiteLayoutTests
{
    [Theory]
    [InlineData("2019/sr/index.html", "assets/site.css", "../../assets/site.css")]
    [InlineData("2019/sr/index.html", "2019/sq/index.html", "../sq/index.html")]
    [InlineData("2019/sr/index.html", "2018/sr/index.html", "../../2018/sr/index.html")]
    [InlineData("2019/sr/index.html", "2019/sr/index.html", "index.html")]
    [InlineData("index.html", "2019/sr-Cyrl/index.html", "2019/sr-Cyrl/index.html")]
    [InlineData("2019/sr/index.html", "index.html", "../../index.html")]
    public void Links_between_pages_are_relative_so_the_site_works_from_any_folder(string from, string to, string expected) =>
        Assert.Equal(expected, SiteLayout.Relative(from, to));

    [Theory]
    [InlineData("https://example.org/sheets/", "2019/sr/index.html", "https://example.org/sheets/2019/sr/")]
    [InlineData("https://example.org/sheets", "index.html", "https://example.org/sheets/")]
    [InlineData("https://example.org/", "2019/en/indicators.json", "https://example.org/2019/en/indicators.json")]
    public void Public_addresses_name_folders_not_index_files(string baseUrl, string file, string expected) =>
        Assert.Equal(expected, SiteLayout.Absolute(baseUrl, file));
}
