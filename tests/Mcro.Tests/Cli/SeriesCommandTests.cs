using System.Text.Json;
using Mcro.Build;
using Mcro.Downloads;
using Mcro.Indicators.Mechanisms;

namespace Mcro.Tests.Cli;

/// <summary>Every command covers every mechanism of the series defined from data, not the MOCR alone.</summary>
public sealed class SeriesCommandTests
{
    [Fact]
    public void Validate_names_each_mechanism_with_its_years_below_the_mocrs_line_and_in_the_json_summary()
    {
        using var ws = SeriesWorkspace.Create();

        var text = CliRun.Of("validate", "--data", ws.Root);
        var json = CliRun.Of("validate", "--data", ws.Root, "--format", "json");

        Assert.True(text.ExitCode == 0, text.Output + text.Error);
        Assert.Equal(
            ["ok: 2 year(s) (2018, 2019), 7 municipalities, 5/6 offices, 21 staff rows checked; no problems",
             "xc: 2 year(s) (2018, 2019), established in 0/4 of 7 municipalities, 3 people rows"], text.OutputLines);
        using var doc = JsonDocument.Parse(json.Output);
        var xc = Assert.Single(doc.RootElement.GetProperty("summary").GetProperty("mechanisms").EnumerateArray().ToList());
        Assert.Equal("xc", xc.GetProperty("id").GetString());
        Assert.Equal([2018, 2019], xc.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal([0, 4], xc.GetProperty("established").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal(3, xc.GetProperty("peopleRows").GetInt32());
    }

    [Fact]
    public void Validate_names_a_defined_mechanism_without_any_year_of_data()
    {
        using var ws = SeriesWorkspace.Create();
        ws.Delete("2018/xc").Delete("2019/xc");

        var run = CliRun.Of("validate", "--data", ws.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("xc: defined, no year with data (xc/ folder in no year)", run.OutputLines[^1]);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public void Indicators_of_a_mechanism_are_its_figures_as_the_mechanism_writers_write_them(string format)
    {
        using var ws = SeriesWorkspace.Create();

        var run = CliRun.Of("indicators", "--data", ws.Root, "--year", "2019", "--mechanism", "xc", "--format", format);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var dataset = ws.Validate().Value!;
        var figures = MechanismCalculator.Series(dataset)["xc"][2019];
        Assert.Equal(format == "json" ? MechanismJsonWriter.Write(figures) : MechanismCsvWriter.Write(figures), run.Output);
        Assert.Equal((4, 3, 1, 1), (figures.Establishment.Established, figures.Establishment.Working, figures.Establishment.Vacant, figures.Establishment.Dissolved));
        Assert.Contains(format == "json" ? "\"mechanism\": \"xc\"" : "xc,2019,duties.advice.no,,,2", run.Output);
    }

    [Fact]
    public void Indicators_of_the_mocr_are_unchanged_byte_for_byte_by_the_series_and_by_naming_it()
    {
        using var plain = DataWorkspace.CopyOf();
        using var series = SeriesWorkspace.Create();

        foreach (var format in new[] { "json", "csv" })
        {
            var before = CliRun.Of("indicators", "--data", plain.Root, "--year", "2019", "--format", format);
            var after = CliRun.Of("indicators", "--data", series.Root, "--year", "2019", "--format", format);
            var named = CliRun.Of("indicators", "--data", series.Root, "--year", "2019", "--format", format, "--mechanism", "mocr");
            Assert.Equal(0, before.ExitCode);
            Assert.Equal(before.Output, after.Output);
            Assert.Equal(before.Output, named.Output);
        }
    }

    [Fact]
    public void Indicators_of_an_unknown_mechanism_is_a_usage_error_naming_the_defined_ones()
    {
        using var ws = SeriesWorkspace.Create();

        var run = CliRun.Of("indicators", "--data", ws.Root, "--year", "2019", "--mechanism", "cc");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains($"--mechanism: 'cc' is not a mechanism of {ws.Root}; defined: mocr, xc", run.Error);
    }

    [Fact]
    public void Indicators_of_a_mechanism_in_a_year_without_its_folder_says_which_years_have_it()
    {
        using var ws = SeriesWorkspace.Create();
        ws.Delete("2018/xc");

        var run = CliRun.Of("indicators", "--data", ws.Root, "--year", "2018", "--mechanism", "xc", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains($"{ws.Root}/2018: 2018 has no data for xc (no folder 2018/xc/); years with xc data: 2019", run.Error);
    }

    [Fact]
    public void Build_narrowed_to_some_mechanisms_keeps_only_their_data_and_the_mocr()
    {
        using var ws = SeriesWorkspace.Create();
        ws.Write("mechanisms/yc.yaml", SeriesWorkspace.Definition.Replace("order: 2", "order: 3", StringComparison.Ordinal));
        ws.Write("2019/yc/municipalities.csv", SeriesWorkspace.Municipalities2019);
        ws.Write("2019/yc/people.csv", SeriesWorkspace.People2019);
        var dataset = ws.Validate().Value!;

        var onlyYc = MechanismSelection.Narrow(dataset, ["yc"]).Value!;
        var onlyMocr = MechanismSelection.Narrow(dataset, ["mocr"]).Value!;
        var unknown = MechanismSelection.Narrow(dataset, ["yc", "zz"]);

        Assert.Equal(["yc"], onlyYc.DefinedMechanisms.Select(m => m.Id));
        Assert.Equal(["yc"], onlyYc.Years[2019].Mechanisms.Keys);
        Assert.Empty(onlyYc.Years[2018].Mechanisms);
        Assert.Empty(onlyMocr.DefinedMechanisms);
        Assert.All(onlyMocr.Years.Values, y => Assert.Empty(y.Mechanisms));
        Assert.Equal(dataset.Years[2019].Offices, onlyMocr.Years[2019].Offices);
        var problem = Assert.Single(unknown.Problems);
        Assert.Equal("--mechanism: 'zz' is not a mechanism of the series; defined: mocr, xc, yc", $"{problem.Location}: {problem.Message}");
    }

    [Fact]
    public void A_build_narrowed_to_mechanisms_has_another_fingerprint_than_a_whole_one_whatever_their_order()
    {
        using var ws = SeriesWorkspace.Create();
        using var output = new TempFolder("mcro-out-");
        var whole = new BuildRequest(ws.Root, "data", RepositoryRoot.Templates, "templates", output.Path, "out", null, null, null);

        var fingerprints = new[]
        {
            BuildFingerprint.Of(whole),
            BuildFingerprint.Of(whole with { Mechanisms = ["xc"] }),
            BuildFingerprint.Of(whole with { Mechanisms = ["mocr"] }),
            BuildFingerprint.Of(whole with { Mechanisms = ["xc", "mocr"] }),
        };

        Assert.Equal(4, fingerprints.Distinct().Count());
        Assert.Equal(fingerprints[3], BuildFingerprint.Of(whole with { Mechanisms = ["mocr", "xc"] }));
        Assert.Equal(fingerprints[0], BuildFingerprint.Of(whole with { Mechanisms = [] }));
    }

    [Fact]
    public void Build_with_an_unknown_mechanism_is_refused_naming_the_defined_ones_and_writes_nothing()
    {
        using var ws = SeriesWorkspace.Create();
        using var output = new TempFolder("mcro-out-");
        var site = Path.Combine(output.Path, "site");

        var run = CliRun.Build(ws.Root, RepositoryRoot.Templates, site, "--year", "2019", "--lang", "en", "--mechanism", "xc,zz", "-q");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--mechanism: 'zz' is not a mechanism of the series; defined: mocr, xc", run.Output);
        Assert.False(Directory.Exists(Path.Combine(site, "2019")));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("serve")]
    public void A_mechanism_id_that_cannot_be_one_is_a_usage_error(string command)
    {
        var run = CliRun.Of(command, "--mechanism", "CC\n");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--mechanism: 'CC\\n' is not a mechanism id", run.Error);
    }

    [Fact]
    public void New_year_writes_each_mechanisms_folder_with_the_years_statuses_and_empty_answers()
    {
        using var ws = SeriesWorkspace.Create();

        var run = CliRun.Of("new-year", "2020", "--data", ws.Root);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains($"wrote {ws.Root}/2020/xc/: municipalities.csv (7 municipalities, 2019's statuses, every answer empty), people.csv (header only), notes.yaml (empty)", run.OutputLines);
        Assert.Equal(
            "municipality,status,meets,advice\ngjakove,yes,,\nferizaj,yes,,\nmitrovice-south,vacant,,\nmamushe,no,,\njunik,,,\nzvecan,yes,,\nleposaviq,no,,\n",
            ws.Read("2020/xc/municipalities.csv"));
        Assert.Equal("municipality,community,gender\n", ws.Read("2020/xc/people.csv"));
        Assert.Contains("\nexclusions: []\nnotes: []\n", ws.Read("2020/xc/notes.yaml"));
    }

    [Fact]
    public void A_draft_years_progress_counts_each_mechanism_and_its_files_to_fix()
    {
        using var ws = SeriesWorkspace.Create();
        Assert.Equal(0, CliRun.Of("new-year", "2020", "--data", ws.Root).ExitCode);

        var run = CliRun.Of("validate", "--data", ws.Root);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        // Filled: the rows asked nothing (vacant, no); to fix: 3 working rows × 2 answers and junik's status.
        var progress = Assert.Single(run.OutputLines, l => l.StartsWith("2020 (draft): ", StringComparison.Ordinal));
        Assert.Contains("0 exclusions without reasons; xc 3 of 7 filled, 0 people; ", progress);
        Assert.EndsWith(", xc/municipalities.csv 7", progress);

        ws.Write("2020/xc/municipalities.csv", SeriesWorkspace.Municipalities2019.Replace("gjakove,yes,yes,yes", "gjakove,yes,no,yes", StringComparison.Ordinal));
        ws.Write("2020/xc/people.csv", "municipality,community,gender\nzvecan,serbian,male\n");
        var filled = Assert.Single(CliRun.Of("validate", "--data", ws.Root).OutputLines, l => l.StartsWith("2020 (draft): ", StringComparison.Ordinal));
        Assert.Contains("; xc 7 of 7 filled, 1 person", filled);
        Assert.DoesNotContain("xc/municipalities.csv", filled);
    }

    [Fact]
    public void A_mechanism_file_copied_from_the_year_before_is_warned_about_by_its_path()
    {
        using var ws = SeriesWorkspace.Create();
        ws.Write("2019/xc/notes.yaml", "# 2019\n" + SeriesWorkspace.EmptyNotes);
        ws.Write("2019/xc/people.csv", "municipality,community,gender\n");

        var run = CliRun.Of("validate", "--data", ws.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{ws.Root}/2019/xc/notes.yaml: warning: the same as 2018/xc/notes.yaml, but for the year (2018 written as 2019): copied and not yet brought up to date? 2019's sheets would show 2018's notes", run.OutputLines);
        Assert.Contains($"{ws.Root}/2019/xc/people.csv: warning: the same as 2018/xc/people.csv, byte for byte: copied and not yet brought up to date? 2019's sheets would show 2018's people", run.OutputLines);
        Assert.DoesNotContain(run.OutputLines, l => l.Contains("xc/municipalities.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void I18n_status_lists_a_definition_text_missing_in_a_language_at_its_key()
    {
        using var ws = SeriesWorkspace.Create();
        ws.Replace("mechanisms/xc.yaml", "label: { sq: \"Këshillon\", sr: \"Savetuje\", en: \"Gives advice\" }", "label: { sq: \"Këshillon\", en: \"Gives advice\" }");
        ws.Replace("mechanisms/xc.yaml", "mandate: { sq: \"Mandati i komitetit.\", sr: \"Mandat komiteta.\", en: \"The committee's mandate.\" }",
            "mandate: { sq: \"Mandati i komitetit.\", sr: \"Mandat komiteta.\", en: \" \" }");
        var lines = ws.Read("mechanisms/xc.yaml").Split('\n');
        var label = Array.FindIndex(lines, l => l.Contains("Këshillon", StringComparison.Ordinal)) + 1;
        var mandate = Array.FindIndex(lines, l => l.StartsWith("mandate:", StringComparison.Ordinal)) + 1;

        var run = CliRun.Of("i18n", "status", "--data", ws.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{ws.PathOf("mechanisms/xc.yaml")}:{label}:5: mechanism xc: duties[0].label has no 'sr' text (mechanisms/xc.yaml); write it under duties[0].label: {{ sr: … }}", run.OutputLines);
        Assert.Contains(run.OutputLines, l => l.StartsWith($"{ws.PathOf("mechanisms/xc.yaml")}:{mandate}:", StringComparison.Ordinal) && l.EndsWith("en: mechanism xc: mandate is empty", StringComparison.Ordinal));
        Assert.Contains("sr: 1 missing, 0 empty, 0 untranslated, 0 plural forms missing", run.OutputLines);
        Assert.Contains("en: 0 missing, 1 empty, 0 untranslated, 0 plural forms missing", run.OutputLines);
    }

    [Fact]
    public void A_glossary_variant_in_a_definition_or_a_mechanisms_note_is_warned_at_its_place_by_validate_and_i18n_status()
    {
        using var ws = DataWorkspace.CopyOf(RepositoryRoot.Data);
        ws.Replace("mechanisms/cc.yaml", "en: \"Meets regularly (at least once a month)\"", "en: \"Meets regularly (a municipality left out once a month)\"");
        ws.Replace("2019/cc/notes.yaml", "notes:\n", "notes:\n  - section: establishment\n    text: { sq: \"Shënim.\", sr: \"Napomena.\", en: \"One was left out.\" }\n");

        var validate = CliRun.Of("validate", "--data", ws.Root);
        var status = CliRun.Of("i18n", "status", "--data", ws.Root);

        var definition = Assert.Single(validate.OutputLines, l => l.StartsWith(ws.PathOf("mechanisms/cc.yaml"), StringComparison.Ordinal) && l.Contains(": warning: ", StringComparison.Ordinal));
        var line = Array.FindIndex(ws.Read("mechanisms/cc.yaml").Split('\n'), l => l.Contains("left out once", StringComparison.Ordinal)) + 1;
        var column = ws.Read("mechanisms/cc.yaml").Split('\n')[line - 1].IndexOf("left out", StringComparison.Ordinal) + 1;
        Assert.StartsWith($"{ws.PathOf("mechanisms/cc.yaml")}:{line}:{column}: warning: en indicators[0].label.en of mechanism cc: 'left out' is a variant the glossary flags; write 'excluded'", definition);
        Assert.Contains(definition, status.OutputLines);
        var note = Assert.Single(validate.OutputLines, l => l.StartsWith(ws.PathOf("2019/cc/notes.yaml"), StringComparison.Ordinal) && l.Contains(": warning: ", StringComparison.Ordinal));
        Assert.Contains("en notes[0].text.en: 'left out' is a variant the glossary flags", note);
        Assert.Contains(note, status.OutputLines);
    }
}
