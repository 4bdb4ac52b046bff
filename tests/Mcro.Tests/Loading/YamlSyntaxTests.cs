
namespace Mcro.Tests.Loading;

/// <summary>YAML that mcro refuses, each with the line and column to fix.</summary>
public sealed class YamlSyntaxTests
{
    [Fact]
    public void Tab_indentation_is_a_syntax_error_that_names_the_tab()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/notes.yaml", "    text:\n", "\ttext:\n");

        Assert.Equal(
            ["data/2019/notes.yaml:4:1: YAML syntax error: a tab indents this line; YAML indents with spaces only"],
            ws.Problems());
    }

    [Fact]
    public void Unclosed_quoted_text_is_a_syntax_error_with_its_line()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("config.yaml", "sr: \"Probni podaci\"", "sr: \"Probni podaci");

        var problem = Assert.Single(ws.Problems());
        Assert.StartsWith("data/config.yaml:12:7: YAML syntax error: ", problem);
    }

    [Fact]
    public void Bad_indentation_is_a_syntax_error_with_its_line()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("i18n/en.yaml", "  answer_no: \"No\"", "    answer_no: \"No\"");

        var problem = Assert.Single(ws.Problems());
        Assert.StartsWith("data/i18n/en.yaml:7:5: YAML syntax error: ", problem);
    }

    [Fact]
    public void Duplicate_key_names_the_line_of_the_first()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("i18n/sq.yaml", "  answer_no: \"Jo\"", "  answer_no: \"Jo\"\n  answer_yes: \"Po!\"");

        Assert.Equal(["data/i18n/sq.yaml:8:3: key 'answer_yes' appears twice in this mapping (first on line 6)"], ws.Problems());
    }

    [Fact]
    public void Alias_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("config.yaml", "publisher:\n  sq: \"Të dhëna prove\"", "publisher:\n  sq: *title");

        Assert.Equal(["data/config.yaml:11:7: aliases (*name) are not supported in mcro's YAML files; write the value out"], ws.Problems());
    }

    [Fact]
    public void Anchor_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("config.yaml", "title:\n", "title: &title\n");

        Assert.Equal(["data/config.yaml:6:8: anchors (&name) are not supported in mcro's YAML files; write the value out"], ws.Problems());
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_at_the_level_too_deep()
    {
        using var ws = DataWorkspace.CopyOf();
        var deep = string.Concat(Enumerable.Range(0, 17).Select(i => new string(' ', 2 * i) + $"level{i}:\n")) + new string(' ', 34) + "leaf: \"x\"\n";
        var leafLine = ws.Read("i18n/en.yaml").Count(c => c == '\n') + 17;
        ws.Append("i18n/en.yaml", deep);

        Assert.Equal([$"data/i18n/en.yaml:{leafLine}:33: nesting deeper than 16 levels; mcro's files need at most a few"], ws.Problems());
    }

    [Fact]
    public void Second_document_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Append("2019/notes.yaml", "---\nexclusions: []\n");

        Assert.Equal(["data/2019/notes.yaml:8:1: a file holds one YAML document; remove the second '---'"], ws.Problems());
    }

    [Fact]
    public void Key_that_is_a_list_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("i18n/en.yaml", "  answer_no: \"No\"", "  [answer_no]: \"No\"");

        Assert.Equal(["data/i18n/en.yaml:7:3: a key must be a plain word, not a list or mapping"], ws.Problems());
    }

    [Fact]
    public void Empty_yaml_file_is_an_empty_mapping()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("2019/notes.yaml", "# nothing to note this year\n");

        var result = ws.Validate();

        Assert.Empty(result.Problems);
        Assert.Empty(result.Value!.Years[2019].Notes);
    }

    [Fact]
    public void Top_level_list_where_a_mapping_is_expected_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("2019/notes.yaml", "- exclusions\n");

        Assert.Equal(["data/2019/notes.yaml:1:1: 2019/notes.yaml must be a mapping of 'key: value' lines"], ws.Problems());
    }

    [Fact]
    public void Flow_list_left_open_is_a_syntax_error_not_a_crash()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/notes.yaml", "exclusions: []", "exclusions: [");

        Assert.Equal(
            ["data/2019/notes.yaml:1:13: YAML syntax error: cannot read on from here; is a '[', '{' or quote left open?"],
            ws.Problems());
    }

    [Fact]
    public void Flow_list_left_open_at_the_end_of_the_file_is_a_syntax_error()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Append("2019/notes.yaml", "extra: [a, b\n");

        var problem = Assert.Single(ws.Problems());
        Assert.StartsWith("data/2019/notes.yaml:", problem);
        Assert.Contains("YAML syntax error: ", problem);
    }

    [Fact]
    public void Malformed_tag_is_a_syntax_error_not_a_crash()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/notes.yaml", "exclusions: []", "exclusions: !!!b]");

        // The parser fails inside the tag without saying where; the last place it read well is the key.
        Assert.Equal(
            ["data/2019/notes.yaml:1:1: YAML syntax error: cannot read on from here; Global tags must be valid URIs."],
            ws.Problems());
    }
}
