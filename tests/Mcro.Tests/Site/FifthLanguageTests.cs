using Mcro.Build;

namespace Mcro.Tests.Site;

/// <summary>
/// A language added from data alone (tests/Mcro.Tests/Fixtures/fifth-language over the site fixture: Turkish in
/// config.yaml, i18n/tr.yaml, name_tr columns, tr reasons): a new edition with CLDR's plurals, number formats and name
/// for the language, no code and no change to the other languages' i18n files.
/// </summary>
public sealed class FifthLanguageTests : TempFolderTest
{
    private static readonly string Overlay = Path.Combine(AppContext.BaseDirectory, "Fixtures", "fifth-language");

    public FifthLanguageTests() : base("mcro-fifth-")
    {
        FolderCopy.Copy(SiteFixture.DataFolder, Data);
        FolderCopy.Copy(Overlay, Data, overwrite: true);
    }

    private string Data => Work.PathOf("data");

    [Fact]
    public void The_overlay_touches_no_other_languages_texts() =>
        Assert.Equal(["tr.yaml"], Directory.GetFiles(Path.Combine(Overlay, "i18n")).Select(Path.GetFileName));

    [Fact]
    public void Builds_a_turkish_edition_with_cldr_plurals_numbers_and_name_and_a_landing_page_in_turkish()
    {
        var site = Work.PathOf("site");
        var outcome = BuildPipeline.Run(new BuildRequest(Data, "data", SiteFixture.TemplatesFolder, "templates", site, "out", null, null, null));
        Assert.True(outcome is BuildOutcome.Built, string.Join("\n", (outcome as BuildOutcome.Failed)?.Problems ?? []));

        var sheet = File.ReadAllText(Path.Combine(site, "2018", "tr", "index.html"));
        Assert.Contains("<html lang=\"tr\">", sheet);
        Assert.Contains("<h1>2018 yılında Topluluklar ve Geri Dönüş Belediye Ofisleri (MOCR)</h1>", sheet);
        Assert.Contains("<td>%75,0</td>", sheet);
        Assert.Contains("lang=\"tr\" aria-current=\"page\">Türkçe</a>", sheet);
        Assert.Contains("Mamuşa", sheet);
        Assert.Contains("hreflang=\"tr\">Türkçe</a>", File.ReadAllText(Path.Combine(site, "2018", "sq", "index.html")));

        var landing = File.ReadAllText(Path.Combine(site, "tr", "index.html"));
        Assert.Contains("<html lang=\"tr\">", landing);
        Assert.Contains("Yıllara göre bilgi notları", landing);
        Assert.Contains("href=\"../2019/tr/index.html\"", landing);
        Assert.Contains("href=\"tr/index.html\"", File.ReadAllText(Path.Combine(site, "index.html")));
    }
}
