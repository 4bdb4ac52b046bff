using System.Text.Json;
using Mcro.Tests.Site;

namespace Mcro.Tests.Validation;

/// <summary>
/// A year folder whose every file is the previous year's, byte for byte — copied to start the year, not yet filled
/// in — is a warning naming the folder in validate and build alike: valid data, so nothing is refused.
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
    public void One_byte_changed_is_a_year_filled_in_and_no_warning()
    {
        using var ws = DataWorkspace.CopyOf();
        FolderCopy.Copy(ws.PathOf("2019"), ws.PathOf("2020"));
        ws.Replace("2020/staff.csv", "zvecan,staff,albanian,male", "zvecan,staff,albanian,female");

        var run = CliRun.Of("validate", "--data", ws.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("warning", run.Output);
    }

    [Fact]
    public void A_copy_with_a_file_more_or_less_is_no_copy()
    {
        using var ws = DataWorkspace.CopyOf();
        FolderCopy.Copy(ws.PathOf("2019"), ws.PathOf("2020"));
        ws.Write("2020/README.txt", "filled in next week");

        Assert.Empty(ws.Validate().Warnings);
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
