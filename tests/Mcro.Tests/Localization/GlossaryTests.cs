using System.Text.Json;

namespace Mcro.Tests.Localization;

/// <summary>
/// i18n/glossary.yaml: a variant it flags, wherever a page shows it (an i18n text, a note, a name in a CSV), is a
/// warning of validate and of `mcro i18n status` at the variant's own line and column; the sample uses none.
/// </summary>
public sealed class GlossaryTests
{
    private const string Rule = "glossary-variant";

    [Fact]
    public void The_sample_uses_no_variant_the_glossary_flags()
    {
        using var ws = DataWorkspace.CopyOf(RepositoryRoot.Data);

        var validated = ws.Validate();

        Assert.True(File.Exists(ws.PathOf("i18n/glossary.yaml")));
        Assert.Empty(validated.Problems);
        Assert.DoesNotContain(validated.Warnings, w => w.Rule == Rule);
    }

    [Fact]
    public void A_variant_put_back_into_an_i18n_text_is_warned_at_its_line_and_column_by_validate_and_i18n_status()
    {
        using var ws = Sample();
        ws.Replace("i18n/sq.yaml", "tasks_heading: \"Detyrat themelore", "tasks_heading: \"Detyrat thelbësore");
        var (line, column) = PositionOf(ws, "i18n/sq.yaml", "tasks_heading: \"Detyrat thelbësore", "thelbësore");

        var validate = CliRun.Of("validate", "--data", ws.Root);
        var status = CliRun.Of("i18n", "status", "--data", ws.Root);

        var expected = $"{ws.PathOf("i18n/sq.yaml")}:{line}:{column}: warning: sq text 'profile.tasks_heading': 'thelbësore' is a variant the glossary flags; "
            + $"write 'detyrat themelore' ({ws.PathOf("i18n/glossary.yaml")}:{GlossaryLine(ws, "variants: [\"thelbësor*\"]")})";
        Assert.Equal(0, validate.ExitCode);
        Assert.Equal(expected, Assert.Single(validate.OutputLines, l => l.Contains(": warning: ", StringComparison.Ordinal)));
        Assert.Equal(0, status.ExitCode);
        Assert.Equal(expected, Assert.Single(status.OutputLines, l => l.Contains(": warning: ", StringComparison.Ordinal)));
        Assert.Contains("sq: 0 missing, 0 empty, 0 untranslated, 0 plural forms missing, 1 glossary variant", status.OutputLines);
    }

    [Fact]
    public void A_variant_after_an_escaped_quote_is_pointed_at_where_it_stands_in_the_file()
    {
        using var ws = Sample();
        ws.Replace("i18n/sq.yaml", "download: \"Shkarko të dhënat e kësaj zyre", "download: \"\\\"Kliko\\\" dhe Shkarkoni të dhënat e kësaj zyre");

        var warning = Assert.Single(GlossaryWarnings(ws));

        var (line, column) = PositionOf(ws, "i18n/sq.yaml", "dhe Shkarkoni të dhënat", "Shkarkoni");
        Assert.Equal((line, column), (warning.Location.Line, warning.Location.Column));
    }

    [Fact]
    public void A_variant_of_two_words_is_found_across_a_line_break_of_a_note_and_pointed_at_its_first_word()
    {
        using var ws = Sample();
        ws.Replace("2019/notes.yaml", "notes: []", """
            notes:
              - section: establishment
                text:
                  sq: "Shënim."
                  sr: "Napomena."
                  en: Two offices were left
                    out of the count this year.
            """);

        var warning = Assert.Single(GlossaryWarnings(ws));

        var (line, column) = PositionOf(ws, "2019/notes.yaml", "were left", "left");
        Assert.Equal($"{ws.PathOf("2019/notes.yaml")}:{line}:{column}", warning.Location.ToString());
        Assert.StartsWith("en notes[0].text.en: 'left out' is a variant the glossary flags; write 'excluded'", warning.Message);
    }

    [Fact]
    public void A_name_in_a_csv_is_checked_at_the_cell_where_the_variant_stands()
    {
        using var ws = Sample();
        ws.Replace("municipalities.csv", "decan,Deçan,Dečani,", "decan,Deçan,Dečane,");

        var warning = Assert.Single(GlossaryWarnings(ws));

        var (line, column) = PositionOf(ws, "municipalities.csv", "decan,Deçan,Dečane,", "Dečane");
        Assert.Equal($"{ws.PathOf("municipalities.csv")}:{line}:{column}", warning.Location.ToString());
        Assert.StartsWith("sr name_sr of 'decan': 'Dečane' is a variant the glossary flags; write 'Dečani'", warning.Message);
    }

    [Theory]
    [InlineData("izuzete", true)]
    [InlineData("Izuzetih", true)]
    [InlineData("изузете", true)]
    [InlineData("izuzetno", false)]
    [InlineData("izuzetak", false)]
    [InlineData("neizuzete", false)]
    public void A_stem_finds_the_inflected_forms_in_either_script_but_not_the_words_it_lists_as_other_words(string word, bool flagged)
    {
        using var ws = Sample();
        ws.Replace("i18n/sr.yaml", "glance:\n  municipality: \"Opština\"", $"glance:\n  municipality: \"Opština {word}\"");

        Assert.Equal(flagged ? 1 : 0, GlossaryWarnings(ws).Count);
    }

    [Theory]
    [InlineData("kryer", true)]
    [InlineData("kryerjen", true)]
    [InlineData("krye", true)]
    [InlineData("kryetarit", false)]
    [InlineData("kryesore", false)]
    public void A_word_without_a_star_matches_only_as_a_whole_word(string word, bool flagged)
    {
        using var ws = Sample();
        ws.Replace("i18n/sq.yaml", "glance:\n  municipality: \"Komuna\"", $"glance:\n  municipality: \"Komuna {word}\"");

        Assert.Equal(flagged ? 1 : 0, GlossaryWarnings(ws).Count);
    }

    [Fact]
    public void The_status_as_json_lists_each_variant_with_its_term_and_place()
    {
        using var ws = Sample();
        ws.Replace("i18n/en.yaml", "no_exclusions_in: \"In {year}, no office was excluded.\"", "no_exclusions_in: \"In {year}, no office was left out.\"");

        var run = CliRun.Of("i18n", "status", "--data", ws.Root, "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        var found = Assert.Single(json.RootElement.GetProperty("glossary").EnumerateArray().ToList());
        Assert.Equal("en", found.GetProperty("language").GetString());
        Assert.Equal("excluded", found.GetProperty("term").GetString());
        Assert.Equal("left out", found.GetProperty("variant").GetString());
        var (line, column) = PositionOf(ws, "i18n/en.yaml", "no office was left out", "left out");
        Assert.Equal((line, column), (found.GetProperty("line").GetInt32(), found.GetProperty("column").GetInt32()));
        Assert.Equal(1, json.RootElement.GetProperty("languages").GetProperty("en").GetProperty("glossary_variants").GetInt32());
    }

    [Fact]
    public void A_glossary_naming_a_language_the_data_does_not_have_is_a_problem_at_the_key()
    {
        using var ws = Sample();
        ws.Append("i18n/glossary.yaml", "de:\n  - term: \"ausgeschlossen\"\n    variants: [\"ausgelassen\"]\nsr-Cyrl:\n  - term: \"искључен\"\n    variants: [\"изузет*\"]\n");
        var lines = ws.Read("i18n/glossary.yaml").Split('\n');
        var de = Array.IndexOf(lines, "de:") + 1;
        var cyrl = Array.IndexOf(lines, "sr-Cyrl:") + 1;

        var run = CliRun.Of("validate", "--data", ws.Root);
        var status = CliRun.Of("i18n", "status", "--data", ws.Root);

        var glossary = ws.PathOf("i18n/glossary.yaml");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{glossary}:{de}:1: 'de' is not a language of the data; the glossary lists terms under sq, sr, en", run.OutputLines);
        Assert.Contains($"{glossary}:{cyrl}:1: 'sr-Cyrl' is written from the sr texts: list its terms under sr, in Latin; they are checked in both scripts", run.OutputLines);
        Assert.Equal(1, status.ExitCode);
        Assert.Contains($"{glossary}:{de}:1: 'de' is not a language of the data; the glossary lists terms under sq, sr, en", status.OutputLines);
    }

    [Theory]
    [InlineData("  - term: \"themelore\"\n    variants: [\"themelor*\"]\n", "the variant 'themelor*' matches the term 'themelore' itself")]
    [InlineData("  - term: \"themelore\"\n    variants: [\"*elore\"]\n", "'*elore' is not a glossary word")]
    [InlineData("  - term: \"themelore\"\n    variants: []\n", "the glossary entry 'themelore' lists no variants to flag")]
    public void A_glossary_entry_that_cannot_work_is_a_problem_where_it_is_written(string entry, string message)
    {
        using var ws = Sample();
        ws.Replace("i18n/glossary.yaml", "\nsq:\n", "\nsq:\n" + entry);

        var problem = Assert.Single(ws.Validate().Problems);

        Assert.Equal("glossary-entry", problem.Rule);
        Assert.Equal("data/i18n/glossary.yaml", problem.Location.File);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_yaml_in_the_glossary_is_a_problem_at_its_position()
    {
        using var ws = Sample();
        ws.Append("i18n/glossary.yaml", "  - term: [\"open\n");

        var problem = Assert.Single(ws.Validate().Problems);

        Assert.Equal("yaml-syntax", problem.Rule);
        Assert.EndsWith("i18n/glossary.yaml", problem.Location.File, StringComparison.Ordinal);
        Assert.True(problem.Location.Line > 1);
    }

    private static DataWorkspace Sample() => DataWorkspace.CopyOf(RepositoryRoot.Data);

    private static List<Mcro.Diagnostics.Diagnostic> GlossaryWarnings(DataWorkspace ws) =>
        [.. ws.Validate(displayRoot: ws.Root).Warnings.Where(w => w.Rule == Rule)];

    /// <summary>The 1-based line and column of <paramref name="word"/> on the line that holds <paramref name="context"/>.</summary>
    private static (int Line, int Column) PositionOf(DataWorkspace ws, string file, string context, string word)
    {
        var lines = ws.Read(file).Split('\n');
        var i = Array.FindIndex(lines, l => l.Contains(context, StringComparison.Ordinal));
        Assert.True(i >= 0, $"'{context}' is not in {file}");
        return (i + 1, lines[i].IndexOf(word, lines[i].IndexOf(context, StringComparison.Ordinal), StringComparison.Ordinal) + 1);
    }

    private static int GlossaryLine(DataWorkspace ws, string text) =>
        Array.FindIndex(ws.Read("i18n/glossary.yaml").Split('\n'), l => l.Contains(text, StringComparison.Ordinal)) + 1;
}
