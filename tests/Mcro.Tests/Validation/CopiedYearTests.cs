using System.Text.Json;
using Mcro.Tests.Site;

namespace Mcro.Tests.Validation;

/// <summary>
/// A year folder whose every file is the previous year's, byte for byte — copied to start the year, not yet filled
/// in — is a warning naming the folder in validate and build alike: valid data, so nothing is refused. Otherwise each
/// file left as the year before's (byte for byte, or but for the year) is a warning naming it, and a gap in the years
/// is a warning naming the year after it.
/// </summary>
public sealed class CopiedYearTests() : TempFolderTest("mcro-copied-year-")
{
    private const string Warning = "warning: every file is the same as in 2019/, byte for byte: a copied folder not yet filled in? 2020's sheets would show 2019's figures";

    [Fact]
    public void Validate_warns_about_a_year_identical_to_the_one_before_and_still_exits_0()
    {
        using var ws = DataWorkspace.CopyOf();
        FolderCopy.Copy(ws.PathOf("2019"), ws.PathOf("2020"));

        var run = CliRun.Of("validate", "--data", ws.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{ws.Root}/2020: {Warning}", run.OutputLines[0]);
        Assert.StartsWith("ok: 3 year(s)", run.OutputLines[1]);
    }

    [Fact]
    public void One_byte_changed_in_each_file_is_a_year_filled_in_and_no_warning()
    {
        using var ws = DataWorkspace.CopyOf();
        FolderCopy.Copy(ws.PathOf("2019"), ws.PathOf("2020"));
        ws.Replace("2020/staff.csv", "zvecan,staff,albanian,male", "zvecan,staff,albanian,female");
        ws.Replace("2020/offices.csv", "zvecan,no,no,", "zvecan,yes,no,");
        ws.Replace("2020/notes.yaml", "similar office works", "similar office still works");

        var run = CliRun.Of("validate", "--data", ws.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("warning", run.Output);
    }

    [Fact]
    public void A_copy_with_a_file_more_is_warned_about_file_by_file()
    {
        using var ws = DataWorkspace.CopyOf();
        FolderCopy.Copy(ws.PathOf("2019"), ws.PathOf("2020"));
        ws.Write("2020/README.txt", "filled in next week");

        var warnings = ws.Validate().Warnings;

        Assert.Equal(["data/2020/notes.yaml", "data/2020/offices.csv", "data/2020/staff.csv"], warnings.Select(w => w.Location.File));
        Assert.All(warnings, w => Assert.Equal("file-unchanged", w.Rule));
    }

    [Theory]
    [InlineData("staff.csv")]
    [InlineData("offices.csv")]
    [InlineData("notes.yaml")]
    public void Each_file_left_as_the_year_befores_is_a_warning_naming_it(string copied)
    {
        using var ws = DataWorkspace.CopyOf();
        FolderCopy.Copy(ws.PathOf("2019"), ws.PathOf("2020"));
        // Every other file brought up to date.
        if (copied != "staff.csv") ws.Replace("2020/staff.csv", "zvecan,staff,albanian,male", "zvecan,staff,albanian,female");
        if (copied != "offices.csv") ws.Replace("2020/offices.csv", "zvecan,no,no,", "zvecan,yes,no,");
        if (copied != "notes.yaml") ws.Replace("2020/notes.yaml", "similar office works", "similar office still works");

        var run = CliRun.Of("validate", "--data", ws.Root);

        Assert.Equal(0, run.ExitCode);
        var warning = Assert.Single(run.OutputLines, l => l.Contains(": warning: ", StringComparison.Ordinal));
        Assert.StartsWith($"{ws.Root}/2020/{copied}: warning: the same as 2019/{copied}, byte for byte: copied and not yet brought up to date?", warning);
    }

    [Fact]
    public void A_file_the_same_but_for_the_year_is_a_warning_naming_it()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/notes.yaml", "A similar office works in", "In 2019 a similar office works in");
        FolderCopy.Copy(ws.PathOf("2019"), ws.PathOf("2020"));
        ws.Replace("2020/notes.yaml", "In 2019 a similar", "In 2020 a similar");
        ws.Replace("2020/staff.csv", "zvecan,staff,albanian,male", "zvecan,staff,albanian,female");
        ws.Replace("2020/offices.csv", "zvecan,no,no,", "zvecan,yes,no,");

        var warning = Assert.Single(ws.Validate().Warnings);

        Assert.Equal("data/2020/notes.yaml", warning.Location.File);
        Assert.Equal("file-unchanged", warning.Rule);
        Assert.StartsWith("the same as 2019/notes.yaml, but for the year (2019 written as 2020): copied", warning.Message);
    }

    [Fact]
    public void A_gap_in_the_years_is_a_warning_naming_the_year_after_it()
    {
        using var ws = DataWorkspace.CopyOf();
        FolderCopy.Copy(ws.PathOf("2019"), ws.PathOf("2021"));
        ws.Replace("2021/staff.csv", "zvecan,staff,albanian,male", "zvecan,staff,albanian,female");
        ws.Replace("2021/offices.csv", "zvecan,no,no,", "zvecan,yes,no,");
        ws.Replace("2021/notes.yaml", "similar office works", "similar office still works");

        var run = CliRun.Of("validate", "--data", ws.Root);

        Assert.Equal(0, run.ExitCode);
        var warning = Assert.Single(run.OutputLines, l => l.Contains(": warning: ", StringComparison.Ordinal));
        Assert.Equal($"{ws.Root}/2021: warning: 2021 comes after 2019 with no 2020/ folder between: is a year missing, or a folder misnamed?", warning);
    }

    [Fact]
    public void Years_that_follow_each_other_have_no_gap()
    {
        using var ws = DataWorkspace.CopyOf();

        Assert.DoesNotContain(ws.Validate().Warnings, w => w.Rule == "year-gap");
    }

    [Fact]
    public void Validate_as_json_lists_the_warning_beside_the_problems()
    {
        using var ws = DataWorkspace.CopyOf();
        FolderCopy.Copy(ws.PathOf("2019"), ws.PathOf("2020"));

        var run = CliRun.Of("validate", "--data", ws.Root, "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        Assert.True(json.RootElement.GetProperty("ok").GetBoolean());
        var warning = Assert.Single(json.RootElement.GetProperty("warnings").EnumerateArray().ToList());
        Assert.Equal($"{ws.Root}/2020", warning.GetProperty("file").GetString());
        Assert.Equal("year-unchanged", warning.GetProperty("rule").GetString());
    }

    [Fact]
    public void Validate_for_github_prints_a_warning_annotation()
    {
        using var ws = DataWorkspace.CopyOf();
        FolderCopy.Copy(ws.PathOf("2019"), ws.PathOf("2020"));

        var run = CliRun.Of("validate", "--data", ws.Root, "--format", "github");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("::warning file=", run.OutputLines[0]);
        Assert.EndsWith("title=mcro year-unchanged::" + Warning["warning: ".Length..], run.OutputLines[0]);
    }

    [Fact]
    public void Build_warns_the_same_and_builds_the_site()
    {
        var data = Work.PathOf("data");
        FolderCopy.Copy(SiteFixture.DataFolder, data);
        FolderCopy.Copy(Path.Combine(data, "2019"), Path.Combine(data, "2020"));

        var run = CliRun.Build(data, SiteFixture.TemplatesFolder, Work.PathOf("out"), "--lang", "en", "--quiet");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Equal([$"{data}/2020: {Warning}"], run.OutputLines);
        Assert.True(File.Exists(Path.Combine(Work.PathOf("out"), Mcro.Site.SiteLayout.Sheet(2020, Mcro.Localization.Edition.For("en")))));
    }
}
