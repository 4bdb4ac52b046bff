namespace Mcro.BrowserTests.Tools;

public sealed class ExternalToolTests
{
    private static readonly ExternalTool Missing = new("Chromium (Debian package chromium)", null, ToolBox.InstallCommand);

    [Fact]
    public void A_missing_tool_skips_with_the_reason_and_the_install_command_on_a_developer_machine()
    {
        var skip = Assert.Throws<SkipException>(() => Missing.Require(ci: false));

        Assert.Contains("Chromium (Debian package chromium) not found", skip.Message);
        Assert.Contains(".ci/steps/10-browser-tools.sh", skip.Message);
    }

    [Fact]
    public void A_missing_tool_fails_in_CI_because_CI_installs_every_tool()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => Missing.Require(ci: true));

        Assert.StartsWith("CI must run every browser check", failure.Message);
    }

    [Fact]
    public void A_tool_that_is_there_is_used()
    {
        Assert.Equal("/usr/bin/chromium", (Missing with { Path = "/usr/bin/chromium" }).Require(ci: true));
    }
}
