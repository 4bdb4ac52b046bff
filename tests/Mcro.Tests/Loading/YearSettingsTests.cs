using Mcro.Model;

namespace Mcro.Tests.Loading;

/// <summary>year.yaml, a year's own settings: optional, its one key (status: draft or published) checked, anything else refused at its position.</summary>
public sealed class YearSettingsTests
{
    [Fact]
    public void A_year_without_year_yaml_is_published()
    {
        using var ws = DataWorkspace.CopyOf();

        var loaded = ws.Validate();

        Assert.All(loaded.Value!.Years.Values, y => Assert.Equal(YearStatus.Published, y.Settings.Status));
    }

    [Theory]
    [InlineData("status: draft\n", YearStatus.Draft)]
    [InlineData("status: published\n", YearStatus.Published)]
    [InlineData("# nothing to say yet\n", YearStatus.Published)]
    [InlineData("", YearStatus.Published)]
    public void Status_is_read(string text, YearStatus status)
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("2019/year.yaml", text);

        var loaded = ws.Validate();

        Assert.Equal(status, loaded.Value!.Years[2019].Settings.Status);
    }

    [Fact]
    public void An_unknown_key_is_refused_with_its_position_even_in_a_draft()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("2019/year.yaml", "status: draft\npublication: 2020-03-01\n");

        var run = CliRun.Of("validate", "--data", ws.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{ws.Root}/2019/year.yaml:2:1: unknown key 'publication' in year.yaml (known: status)", run.OutputLines);
    }

    [Fact]
    public void A_status_that_is_neither_draft_nor_published_is_refused_with_its_position_and_the_year_is_checked_in_full()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("2019/year.yaml", "# 2019\nstatus: Drafts\n");
        ws.Replace("2019/staff.csv", "gjakove,head,albanian,female", "gjakove,head,albanian,f");

        var run = CliRun.Of("validate", "--data", ws.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{ws.Root}/2019/year.yaml:2:9: status: 'Drafts' is neither draft nor published; did you mean 'draft'? (draft leaves the year out of the site; remove the line to publish it)", run.OutputLines);
        Assert.Contains(run.OutputLines, l => l.StartsWith($"{ws.Root}/2019/staff.csv:2:", StringComparison.Ordinal) && !l.Contains("warning", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("status: [draft]\n", "2:9", "status must be a single value: draft or published")]
    [InlineData("- status: draft\n", "1:1", "year.yaml must be a mapping of 'key: value' lines")]
    public void A_status_of_the_wrong_shape_is_refused_with_its_position(string text, string at, string message)
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("2019/year.yaml", text.StartsWith('-') ? text : "\n" + text);

        var run = CliRun.Of("validate", "--data", ws.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{ws.Root}/2019/year.yaml:{at}: {message}", run.OutputLines);
    }
}
