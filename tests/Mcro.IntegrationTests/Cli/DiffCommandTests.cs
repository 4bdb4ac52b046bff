using System.Text.Json;
using Mcro.Tests.Site;

namespace Mcro.Tests.Cli;

/// <summary>mcro diff on pairs of the site fixture: one changed cell, one changed text, a year added, an edition removed, none.</summary>
public sealed class DiffCommandTests() : TempFolderTest("mcro-diff-")
{

    private string Copy(string name)
    {
        var folder = Work.PathOf(name);
        FolderCopy.Copy(SiteFixture.DataFolder, folder);
        return folder;
    }

    private static CliRun Diff(params string[] args) => CliRun.Of(["diff", .. args, "--templates", SiteFixture.TemplatesFolder]);

    private static void Edit(string file, string oldText, string newText)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(oldText, text);
        File.WriteAllText(file, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    [Fact]
    public void Identical_data_is_no_change_and_exits_0()
    {
        var run = Diff(Copy("old"), Copy("new"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("no change a reader would see\n", run.Output);
    }

    [Fact]
    public void A_changed_answer_names_the_office_the_task_and_the_figure_once_for_every_edition_and_exits_1()
    {
        var old = Copy("old");
        var now = Copy("new");
        Edit(Path.Combine(now, "2019/offices.csv"), "gracanice,yes,yes,yes,yes,yes,no,", "gracanice,yes,yes,yes,yes,yes,yes,");

        var run = Diff(old, now);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.Split('\n');
        // The figures once, named in the default edition's language; the other editions summarised.
        Assert.Contains("figures, as the sq edition shows them (the same in every edition):", lines);
        Assert.Single(lines, l => l.Contains(" · task answer · projects no → yes", StringComparison.Ordinal));
        Assert.Contains("  2019 · Graçanicë · task answer · projects no → yes", lines);
        Assert.Single(lines, l => l.StartsWith("  2019 · tasks · performed · projects ", StringComparison.Ordinal));
        Assert.Contains("pages and charts in sq (the same change in sr, en, sr-Cyrl):", lines);
        Assert.DoesNotContain("2018/", run.Output);
    }

    [Fact]
    public void A_changed_text_shows_the_sentence_before_and_after_in_its_editions_only()
    {
        var old = Copy("old");
        var now = Copy("new");
        Edit(Path.Combine(now, "i18n/en.yaml"), "and reports prepared by the municipalities.", "and the municipalities' own reports.");

        var run = Diff(old, now, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var editions = json.RootElement.GetProperty("editions").EnumerateArray().ToList();
        Assert.Equal(["2018/en", "2019/en"], editions.Select(e => e.GetProperty("edition").GetString()));
        var text = Assert.Single(editions[1].GetProperty("texts").EnumerateArray().ToList());
        Assert.Equal("index.html", text.GetProperty("page").GetString());
        Assert.EndsWith("and reports prepared by the municipalities.", Assert.Single(text.GetProperty("before").EnumerateArray().ToList()).GetString());
        Assert.EndsWith("and the municipalities' own reports.", Assert.Single(text.GetProperty("after").EnumerateArray().ToList()).GetString());
        Assert.Empty(editions[1].GetProperty("figures").EnumerateArray());
    }

    [Fact]
    public void A_year_added_and_an_edition_removed_are_reported_whole()
    {
        var old = Copy("old");
        var now = Copy("new");
        FolderCopy.Copy(Path.Combine(now, "2019"), Path.Combine(now, "2020"));
        Edit(Path.Combine(now, "config.yaml"), "cyrillic_edition: true", "cyrillic_edition: false");

        var run = Diff(old, now, "--format", "markdown");

        Assert.Equal(1, run.ExitCode);
        var lines = run.OutputLines;
        Assert.StartsWith("**mcro diff ", lines[0]);
        Assert.Contains("a reader would see 1 year added, 2 editions removed", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("**2020 added**, beside 2019: 3 editions, ", StringComparison.Ordinal));
        Assert.Contains("- edition `sr-Cyrl` switched off, with 19 files beside its years (the pages of all years: landing, index, trends …)", lines);
        Assert.Contains("- edition removed: `2018/sr-Cyrl`", lines);
        Assert.Contains("- edition removed: `2019/sr-Cyrl`", lines);
        Assert.DoesNotContain(lines, l => l.Contains("edition added", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("2020/sq/index.html", StringComparison.Ordinal));
        // The landing page and the other editions' language switchers now list 2020 and no Cyrillic.
        Assert.Contains(lines, l => l.StartsWith("<details><summary>sq: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Built_site_folders_compare_as_their_data_folders_do()
    {
        var old = Copy("old");
        var now = Copy("new");
        Edit(Path.Combine(now, "2019/offices.csv"), "mamushe,yes,no,", "mamushe,yes,yes,");
        Assert.Equal(0, CliRun.Build(old, SiteFixture.TemplatesFolder, Work.PathOf("site-old")).ExitCode);
        Assert.Equal(0, CliRun.Build(now, SiteFixture.TemplatesFolder, Work.PathOf("site-new")).ExitCode);

        var fromSites = Diff(Work.PathOf("site-old"), Work.PathOf("site-new"), "--data", now);
        var fromData = Diff(old, now);

        Assert.Equal(1, fromSites.ExitCode);
        Assert.Contains("2019 · annual reports · yes ", fromSites.Output);
        // Only data folders have cells to name: the data's lines open their report, the rest is the same.
        Assert.Equal(fromData.Output.Split('\n').Skip(1).SkipWhile(l => l.StartsWith("  ", StringComparison.Ordinal)), fromSites.Output.Split('\n').Skip(1));
    }

    [Fact]
    public void A_git_revision_is_read_from_the_repository_without_touching_the_work_tree()
    {
        var repository = Work.PathOf("repo");
        var data = Path.Combine(repository, "data");
        FolderCopy.Copy(SiteFixture.DataFolder, data);
        Git(repository, "init", "-q");
        Git(repository, "add", "-A");
        Git(repository, "-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-q", "-m", "data");
        Edit(Path.Combine(data, "2019/offices.csv"), "mamushe,yes,no,", "mamushe,no,no,");

        var run = Diff(data, "git:HEAD");
        var gone = Diff("git:HEAD", "git:no-such-branch", "--data", data);

        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}\n{run.Output}\n{run.Error}");
        Assert.Contains("2019 · Mamushë · work plan no → yes", run.Output);
        Assert.Contains("2019 · work plans · yes ", run.Output);
        Assert.Contains("mamushe,no,no,", File.ReadAllText(Path.Combine(data, "2019/offices.csv")));
        Assert.Equal(2, gone.ExitCode);
        Assert.Contains("'no-such-branch' is not a revision", gone.Error);
    }

    [Theory]
    [InlineData("diff")]
    [InlineData("diff", "only-one")]
    [InlineData("diff", "a", "b", "--format", "yaml")]
    [InlineData("diff", "no-such-folder", "no-such-folder-either")]
    public void Bad_arguments_exit_2(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEqual("", run.Error + run.Output);
    }

    private static void Git(string folder, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var git = System.Diagnostics.Process.Start(start)!;
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
    }
}
