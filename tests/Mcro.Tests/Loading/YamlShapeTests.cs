
namespace Mcro.Tests.Loading;

/// <summary>Well-formed YAML of the wrong shape: a list where a value belongs, a text where a mapping belongs.</summary>
public sealed class YamlShapeTests
{
    [Fact]
    public void Single_value_written_as_a_list_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("config.yaml", "default_language: sq", "default_language: [sq]");

        Assert.Equal(["data/config.yaml:4:19: default_language must be a single value"], ws.Problems());
    }

    [Fact]
    public void Exclusion_written_as_a_plain_value_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/notes.yaml", "exclusions: []", "exclusions: [zvecan]");

        Assert.Equal(["data/2019/notes.yaml:1:14: an exclusion must be a mapping of 'key: value' lines"], ws.Problems());
    }

    [Fact]
    public void Reason_written_as_one_text_instead_of_one_per_language_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/notes.yaml", "exclusions: []", """
            exclusions:
              - municipality: zvecan
                tasks: all
                reason: "No returns."
            """);
        ws.Replace("2019/offices.csv", "zvecan,no,no,yes,no,no,no,no,no,no,no", "zvecan,no,no,n/a,n/a,n/a,n/a,n/a,n/a,n/a,n/a");

        Assert.Equal(
            [
                "data/2019/notes.yaml:2:5: reason of the exclusion of 'zvecan' is missing; write it in every configured language (sq, sr, en)",
                "data/2019/notes.yaml:4:13: reason must be a mapping of 'key: value' lines",
            ],
            ws.Problems());
    }

    [Fact]
    public void Exclusion_municipality_of_a_bad_shape_is_reported_at_the_value()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/notes.yaml", "municipality: mamushe", "municipality: Mamushë");

        Assert.Equal(
            [
                "data/2018/notes.yaml:2:19: 'Mamushë' is not a valid municipality code: use lower-case letters a–z, digits, '-' and '_', starting with a letter, at most 64 characters",
                "data/2018/offices.csv:5:F (coordination): coordination: 'n/a' for 'mamushe' but data/2018/notes.yaml has no exclusion of it from 'coordination'; answer yes or no, or add the exclusion with its reason",
            ],
            ws.Problems());
    }

    [Fact]
    public void I18n_file_that_is_a_list_is_refused_once()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("i18n/en.yaml", "- Yes\n- No\n");

        Assert.Equal(["data/i18n/en.yaml:1:1: i18n/en.yaml must be a mapping of 'key: value' lines"], ws.Problems());
    }

    [Fact]
    public void Empty_config_needs_its_languages()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("config.yaml", "");

        Assert.Equal(["data/config.yaml:1:1: languages: list at least one language, e.g. [sq, sr, en]"], ws.Problems());
    }

    [Fact]
    public void Invisible_character_in_a_title_is_reported_once()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("config.yaml", "en: \"MOCR – test sheet\"", "en: \"MOCR\u202E – test sheet\"");

        Assert.Equal(
            ["data/config.yaml:9:12: title.en contains the invisible character U+202E RIGHT-TO-LEFT OVERRIDE at character 5 of 'MOCR\\u202E – test sheet'; delete it"],
            ws.Problems());
    }

    [Fact]
    public void Unknown_key_in_a_note_suggests_the_nearest()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/notes.yaml", "    text:", "    txt:");

        Assert.Equal(
            [
                "data/2019/notes.yaml:3:5: note text is missing; write it in every configured language (sq, sr, en)",
                "data/2019/notes.yaml:4:5: unknown key 'txt' in a note; did you mean 'text'? (known: section, text)",
            ],
            ws.Problems());
    }
}
