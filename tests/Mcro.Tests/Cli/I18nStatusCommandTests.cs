using System.Text.Json;
using Mcro.Tests.Site;

namespace Mcro.Tests.Cli;

/// <summary>mcro i18n status: nothing to report on the sample; on a fixture, each unfinished text with its file and line.</summary>
public sealed class I18nStatusCommandTests() : TempFolderTest("mcro-i18n-status-")
{
    private string Data => Work.PathOf("data");

    private void Edit(string file, string from, string to)
    {
        var path = Path.Combine(Data, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static int LineOf(string file, string fragment) =>
        Array.FindIndex(File.ReadAllLines(file), l => l.Contains(fragment, StringComparison.Ordinal)) + 1;

    [Fact]
    public void The_sample_has_nothing_left_to_translate()
    {
        var run = CliRun.Of("i18n", "status", "--data", RepositoryRoot.Data);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["sq: 0 missing, 0 empty, 0 untranslated, 0 plural forms missing", "sr: 0 missing, 0 empty, 0 untranslated, 0 plural forms missing",
             "en: 0 missing, 0 empty, 0 untranslated, 0 plural forms missing"],
            run.OutputLines);
    }

    [Fact]
    public void An_empty_and_an_untranslated_text_are_reported_with_file_and_line_and_stop_the_build_unless_the_language_is_a_draft()
    {
        FolderCopy.Copy(SiteFixture.DataFolder, Data);
        Edit("i18n/en.yaml", "  note: \"Note\"", "  note: \"\"");
        Edit("i18n/en.yaml", "  skip_to_content: \"Skip to content\"", "  skip_to_content: \"Kalo te përmbajtja\"");
        var en = Path.Combine(Data, "i18n", "en.yaml");

        var run = CliRun.Of("i18n", "status", "--data", Data);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"data/i18n/en.yaml:{LineOf(en, "note: \"\"")}:9: en: text 'site.note' is empty", run.Output.Replace(Data, "data"));
        Assert.Contains($"data/i18n/en.yaml:{LineOf(en, "skip_to_content")}:20: en: text 'site.skip_to_content' is the sq text, not yet translated", run.Output.Replace(Data, "data"));
        Assert.Contains("en: 0 missing, 1 empty, 1 untranslated, 0 plural forms missing", run.Output);

        var json = JsonDocument.Parse(CliRun.Of("i18n", "status", "--data", Data, "--format", "json").Output).RootElement;
        Assert.False(json.GetProperty("ok").GetBoolean());
        Assert.Equal(1, json.GetProperty("languages").GetProperty("en").GetProperty("untranslated").GetInt32());
        Assert.Contains("::error file=", CliRun.Of("i18n", "status", "--data", Data, "--format", "github").Output);

        var build = CliRun.Build(Data, SiteFixture.TemplatesFolder, Work.PathOf("site"), "--year", "2019");
        Assert.Equal(1, build.ExitCode);
        Assert.Contains("text 'site.note' is empty", build.Output + build.Error);

        File.AppendAllText(Path.Combine(Data, "config.yaml"), "draft_languages: [en]\n");
        Assert.Equal(0, CliRun.Of("i18n", "status", "--data", Data).ExitCode);
        var draft = CliRun.Build(Data, SiteFixture.TemplatesFolder, Work.PathOf("site"), "--year", "2019");
        Assert.True(draft.ExitCode == 0, draft.Output + draft.Error);
    }
}
