using Mcro.Tests.Site;

namespace Mcro.Tests.Review;

/// <summary>
/// A pull request filling in a draft year: its pages stay out of the comparison, as out of the site, but its data's
/// changes are listed and the report says why the pages did not change; --drafts compares its pages too.
/// </summary>
public sealed class DiffDraftYearTests() : TempFolderTest("mcro-diff-draft-")
{
    private (string Old, string New) DraftAdded()
    {
        var old = Work.PathOf("old");
        var now = Work.PathOf("new");
        FolderCopy.Copy(SiteFixture.DataFolder, old);
        FolderCopy.Copy(SiteFixture.DataFolder, now);
        Assert.Equal(0, CliRun.Of("new-year", "2020", "--data", now).ExitCode);
        File.Copy(Path.Combine(now, "2019/offices.csv"), Path.Combine(now, "2020/offices.csv"), overwrite: true);
        return (old, now);
    }

    private static CliRun Diff(string old, string now, params string[] more) =>
        CliRun.Of(["diff", old, now, "--format", "markdown", "--templates", SiteFixture.TemplatesFolder, .. more]);

    [Fact]
    public void A_draft_year_added_lists_its_data_and_says_its_pages_are_left_out()
    {
        var (old, now) = DraftAdded();

        var run = Diff(old, now);

        var lines = run.Output.Split('\n');
        Assert.Equal(1, run.ExitCode);
        Assert.EndsWith("files added; no change a reader would see**", lines[0]);
        Assert.Equal("_2020 is a draft (year.yaml: status: draft): its data's changes are listed, its pages left out; --drafts compares them as build --drafts builds them_", lines[2].Replace("\\", "", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"- `{now}/2020/offices.csv` · file added", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"- `{now}/2020/year.yaml` · file added", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("**2020 added**", StringComparison.Ordinal));
    }

    [Fact]
    public void With_drafts_the_draft_years_pages_are_compared_as_a_year_added()
    {
        var (old, now) = DraftAdded();

        var run = Diff(old, now, "--drafts");

        var lines = run.Output.Split('\n');
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(lines, l => l.StartsWith("**2020 added**, beside 2019", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("is a draft", StringComparison.Ordinal));
    }

    [Fact]
    public void Publishing_a_draft_is_the_status_line_removed_and_the_year_added()
    {
        var (_, draft) = DraftAdded();
        var published = Work.PathOf("published");
        FolderCopy.Copy(draft, published);
        ReviewedData.Edit(Path.Combine(published, "2020/year.yaml"), "\nstatus: draft\n", "\n");

        var run = Diff(draft, published);

        var lines = run.Output.Split('\n');
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(lines, l => l.Contains("2020/year.yaml", StringComparison.Ordinal) && l.Contains("status", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("**2020 added**, beside 2019", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("is a draft", StringComparison.Ordinal) && l.StartsWith('_'));
    }
}
