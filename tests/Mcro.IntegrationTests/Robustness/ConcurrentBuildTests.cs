using Mcro.Site;
using Mcro.Tests.Site;

namespace Mcro.Tests.Robustness;

/// <summary>Two real `mcro build` processes into one folder at once take turns on the folder's lock.</summary>
public sealed class ConcurrentBuildTests() : TempFolderTest("mcro-concurrent-")
{
    [Fact]
    public void Two_builds_into_one_folder_at_once_both_succeed_and_leave_one_whole_site()
    {
        var output = Work.PathOf("site");
        var alone = Work.PathOf("alone");
        string[] options = ["--year", "2019", "--lang", "sr,en"];
        using (var reference = CliProcess.Start(SiteFixture.DataFolder, alone, options)) reference.Process.WaitForExit();

        using var first = CliProcess.Start(SiteFixture.DataFolder, output, options);
        using var second = CliProcess.Start(SiteFixture.DataFolder, output, options);
        first.Process.WaitForExit();
        second.Process.WaitForExit();

        Assert.Equal(0, first.Process.ExitCode);
        Assert.Equal(0, second.Process.ExitCode);
        Assert.Equal(Contents(alone), Contents(output));
        Assert.False(Directory.Exists(Path.Combine(output, SiteWriter.StagingFolder)));
    }

    private static IReadOnlyDictionary<string, string> Contents(string site) =>
        FolderSnapshot.Of(site).Where(f => !f.Key.EndsWith('/')).ToDictionary(f => f.Key, f => f.Value.Split(' ')[0]);
}
