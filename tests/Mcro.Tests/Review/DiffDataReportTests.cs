using System.Text.Json;
using Mcro.Tests.Site;

namespace Mcro.Tests.Review;

/// <summary>
/// `mcro diff` between data folders and revisions opens with the data's changes, in every format, and a one-cell change
/// fits the reviewer's first screen; changed texts show their changed words.
/// </summary>
public sealed class DiffDataReportTests() : TempFolderTest("mcro-diff-data-")
{
    private string Copy(string name)
    {
        var folder = Work.PathOf(name);
        FolderCopy.Copy(SiteFixture.DataFolder, folder);
        return folder;
    }

    private static CliRun Diff(params string[] args) => CliRun.Of(["diff", .. args, "--templates", SiteFixture.TemplatesFolder]);



    [Fact]
    public void One_changed_answer_opens_the_markdown_report_with_its_cell_within_thirty_unfolded_lines()
    {
        var old = Copy("old");
        var now = Copy("new");
        ReviewedData.Edit(Path.Combine(now, "2019/offices.csv"), "novoberde,yes,yes,yes,yes,yes,", "novoberde,yes,yes,yes,yes,no,");

        var run = Diff(old, now, "--format", "markdown");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.Split('\n');
        Assert.StartsWith("**mcro diff ", lines[0]);
        Assert.Contains(": 1 data change: 1 cell; a reader would see ", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.Equal($"- `{now}/2019/offices.csv:6:F (coordination)` · Novobërdë/Novo Brdo · yes → no", lines[2]);
        Assert.Equal("", lines[3]);
        Assert.Equal("**Figures**, as the `sq` edition shows them (the same in every edition):", lines[4]);
        Assert.True(ReviewedData.Unfolded(run.Output).Count <= 30, run.Output);
    }

    [Fact]
    public void Text_and_json_carry_the_same_data_changes()
    {
        var old = Copy("old");
        var now = Copy("new");
        ReviewedData.Edit(Path.Combine(now, "2019/staff.csv"), "gracanice,head,serbian,female\n", "gracanice,head,serbian,female\ngracanice,staff,albanian,male\n");
        ReviewedData.Edit(Path.Combine(now, "i18n/sr.yaml"), "note: \"Napomena\"", "note: \"Beleška\"");

        var text = Diff(old, now);
        var json = Diff(old, now, "--format", "json");

        var lines = text.Output.Split('\n');
        Assert.StartsWith("2 data changes: 1 row added, 1 text; a reader would see ", lines[0]);
        Assert.True(text.ExitCode == 1, text.Output + text.Error);
        Assert.Equal($"  {now}/2019/staff.csv:7 · row added · Graçanicë/Gračanica · gracanice, staff, albanian, male", lines[1]);
        Assert.Equal($"  {now}/i18n/sr.yaml:11:10 · site.note · Napomena → Beleška", lines[2]);
        using var document = JsonDocument.Parse(json.Output);
        var data = document.RootElement.GetProperty("data");
        Assert.Equal(2, data.GetProperty("count").GetInt32());
        var changes = data.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(["row-added", "text"], changes.Select(c => c.GetProperty("kind").GetString()));
        Assert.Equal(7, changes[0].GetProperty("line").GetInt32());
        Assert.Equal("Graçanicë/Gračanica", changes[0].GetProperty("row").GetString());
        Assert.Equal(["gracanice", "staff", "albanian", "male"], changes[0].GetProperty("values").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("site.note", changes[1].GetProperty("key").GetString());
        Assert.Equal((11, 10), (changes[1].GetProperty("line").GetInt32(), changes[1].GetProperty("column").GetInt32()));
        Assert.Equal(("Napomena", "Beleška"), (changes[1].GetProperty("before").GetString(), changes[1].GetProperty("after").GetString()));
    }

    [Fact]
    public void A_word_changed_in_sr_yaml_shows_that_word_in_the_data_and_on_the_pages()
    {
        var old = Copy("old");
        var now = Copy("new");
        ReviewedData.Edit(Path.Combine(now, "i18n/sr.yaml"), "kao i izveštaja koje su pripremile opštine.", "kao i izveštaja koje su sastavile opštine.");

        var markdown = Diff(old, now, "--format", "markdown");
        var text = Diff(old, now);
        var json = Diff(old, now, "--format", "json");

        var lines = markdown.Output.Split('\n');
        Assert.Equal($"- `{now}/i18n/sr.yaml:115:17` · `performance.method_note` · … kao i izveštaja koje su ~~pripremile~~ **sastavile** opštine.", lines[2]);
        Assert.Contains("- … kao i izveštaja koje su ~~pripremile~~ **sastavile** opštine.\n", markdown.Output);
        Assert.Contains("    ~ … kao i izveštaja koje su [-pripremile-]{+sastavile+} opštine.\n", text.Output);
        using var document = JsonDocument.Parse(json.Output);
        var page = document.RootElement.GetProperty("editions").EnumerateArray().First().GetProperty("texts").EnumerateArray().First();
        var parts = page.GetProperty("words").EnumerateArray().First().EnumerateArray().Select(p => p.EnumerateObject().Single()).ToList();
        Assert.Equal(["same", "removed", "added", "same"], parts.Select(p => p.Name));
        Assert.Equal(["pripremile", "sastavile"], parts.Skip(1).Take(2).Select(p => p.Value.GetString()));
    }

    [Fact]
    public void Identical_data_prints_no_data_section()
    {
        var run = Diff(Copy("old"), Copy("new"), "--format", "markdown");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("data change", run.Output);
    }

    [Fact]
    public void A_git_revision_side_names_the_data_files_and_their_cells()
    {
        var repository = Work.PathOf("repo");
        var data = Path.Combine(repository, "data");
        FolderCopy.Copy(SiteFixture.DataFolder, data);
        Git(repository, "init", "-q");
        Git(repository, "add", "-A");
        Git(repository, "-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-q", "-m", "data");
        ReviewedData.Edit(Path.Combine(data, "2019/offices.csv"), "mamushe,yes,no,", "mamushe,no,no,");

        var run = Diff("git:HEAD", data);

        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}\n{run.Output}\n{run.Error}");
        var lines = run.Output.Split('\n');
        Assert.StartsWith("1 data change: 1 cell; a reader would see ", lines[0]);
        Assert.Equal($"  {data}/2019/offices.csv:4:B (work_plan) · Mamushë/Mamuša/Mamuşa · yes → no", lines[1]);
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
