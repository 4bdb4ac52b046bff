
namespace Mcro.Tests.Loading;

/// <summary>config.yaml: languages, default language, flags and the site's title per language.</summary>
public sealed class ConfigLoaderTests
{
    [Fact]
    public void Loads_the_fixture_config()
    {
        using var ws = DataWorkspace.CopyOf();

        var config = ws.Validate().Value!.Config;

        Assert.True(config.Illustrative);
        Assert.Equal<string>(["sq", "sr", "en"], config.Languages);
        Assert.Equal("sq", config.DefaultLanguage);
        Assert.Equal<string>(["sq", "sr", "en", "sr-Cyrl"], config.Editions);
        Assert.Equal("OKZP – probni list", config.Title["sr"]);
        Assert.Equal("Të dhëna prove", config.Publisher["sq"]);
    }

    [Fact]
    public void Unknown_key_suggests_the_nearest_known_one()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("config.yaml", "cyrillic_edition: true", "cyrilic_edition: true");

        Assert.Equal(
            ["data/config.yaml:5:1: unknown key 'cyrilic_edition' in config.yaml; did you mean 'cyrillic_edition'? (known: illustrative, languages, default_language, cyrillic_edition, title, publisher, mission, mission_genitive, draft_languages, encoding, encodings, accessibility)"],
            ws.Problems());
    }

    [Fact]
    public void Language_that_is_not_a_language_code_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("config.yaml", "languages: [sq, sr, en]", "languages: [sq, sr, en, Serbian]");

        Assert.Equal(["data/config.yaml:3:25: languages: 'Serbian' is not a BCP 47 language code such as sq, sr or en"], ws.Problems());
    }

    [Fact]
    public void Language_listed_twice_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("config.yaml", "languages: [sq, sr, en]", "languages: [sq, sr, en, sr]");

        Assert.Equal(["data/config.yaml:3:25: languages: 'sr' is listed twice"], ws.Problems());
    }

    [Fact]
    public void No_languages_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("config.yaml", "languages: [sq, sr, en]", "languages: []");

        Assert.Equal(["data/config.yaml:3:12: languages: list at least one language, e.g. [sq, sr, en]"], ws.Problems());
    }

    [Fact]
    public void Default_language_must_be_one_of_the_languages()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("config.yaml", "default_language: sq", "default_language: de");

        Assert.Equal(["data/config.yaml:4:19: default_language: 'de' is not one of languages (sq, sr, en)"], ws.Problems());
    }

    [Fact]
    public void Flag_must_be_true_or_false()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("config.yaml", "illustrative: true", "illustrative: maybe");

        Assert.Equal(["data/config.yaml:2:15: illustrative must be true or false"], ws.Problems());
    }

    [Fact]
    public void Title_must_be_a_text_per_language()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("config.yaml", "  sr: \"OKZP – probni list\"", "  sr: [OKZP, list]");

        // The shape error, and what follows from it: there is no Serbian title.
        Assert.Equal(
            [
                "data/config.yaml:1:1: title has no 'sr' text; every configured language (sq, sr, en) needs one",
                "data/config.yaml:8:7: title.sr must be a text",
            ],
            ws.Problems());
    }
}
