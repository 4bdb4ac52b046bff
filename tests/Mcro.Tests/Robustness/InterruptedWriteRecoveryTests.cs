using Mcro.Site;

namespace Mcro.Tests.Robustness;

/// <summary>What a build killed half-way leaves in staging, and how the next build puts the site right.</summary>
public sealed class InterruptedWriteRecoveryTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("mcro-recover-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    private string Staging(string relative) => Path.Combine(_out, SiteWriter.StagingFolder, relative);

    private static IReadOnlyList<SiteFile> Site(string text) =>
        [SiteFile.Text("2019/sr/index.html", text), SiteFile.Text("2019/en/index.html", text), SiteFile.Text("index.html", "landing " + text)];

    private static void Put(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void An_edition_moved_aside_but_not_replaced_is_put_back_before_anything_else_happens()
    {
        SiteWriter.Write(Site("old"), _out);
        // Killed between the two renames of the portable swap: 2019/sr sits in staging/old, its new version in staging/new.
        Directory.CreateDirectory(Staging("old"));
        Directory.Move(Path.Combine(_out, "2019/sr"), Staging("old/2019%2Fsr"));
        Put(Staging("new/2019%2Fsr/index.html"), "half");

        // A build of the same site finds 2019/sr as it was, so nothing needs writing.
        Assert.Equal(new WriteReport(0, 3), SiteWriter.Write(Site("old"), _out));
        Assert.Equal("old", File.ReadAllText(Path.Combine(_out, "2019/sr/index.html")));
        Assert.False(Directory.Exists(Path.Combine(_out, SiteWriter.StagingFolder)));
    }

    [Fact]
    public void Leftovers_of_a_finished_swap_and_of_half_staged_files_are_dropped()
    {
        SiteWriter.Write(Site("new"), _out);
        Put(Staging("old/2019%2Fen/index.html"), "previous");
        Put(Staging("new/2019%2Fsr/index.html"), "half");
        Put(Staging("files/index.html"), "half");

        Assert.Equal(new WriteReport(0, 3), SiteWriter.Write(Site("new"), _out));
        Assert.Equal("new", File.ReadAllText(Path.Combine(_out, "2019/en/index.html")));
        Assert.False(Directory.Exists(Path.Combine(_out, SiteWriter.StagingFolder)));
    }

    [Fact]
    public void Staging_never_restores_anything_outside_the_site()
    {
        SiteWriter.Write(Site("new"), _out);
        Put(Staging("old/..%2F..%2Fescaped/index.html"), "planted");
        SiteWriter.Write(Site("new"), _out);
        Assert.False(Directory.Exists(Path.Combine(_out, "..", "..", "escaped")));
    }

    [Fact]
    public void A_changed_edition_is_swapped_in_whole_and_staging_is_gone_afterwards()
    {
        SiteWriter.Write(Site("old"), _out);
        Assert.Equal(new WriteReport(3, 0), SiteWriter.Write(Site("new"), _out));
        Assert.Equal("new", File.ReadAllText(Path.Combine(_out, "2019/sr/index.html")));
        Assert.Equal("landing new", File.ReadAllText(Path.Combine(_out, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(_out, SiteWriter.StagingFolder)));
    }

    [Fact]
    public void A_write_the_disk_refuses_half_way_is_reported_and_leaves_no_staging_behind()
    {
        SiteWriter.Write(Site("old"), _out);
        File.Delete(Path.Combine(_out, "index.html"));
        Directory.CreateDirectory(Path.Combine(_out, "index.html", "in-the-way"));

        Assert.ThrowsAny<IOException>(() => SiteWriter.Write(Site("new"), _out));

        Assert.False(Directory.Exists(Path.Combine(_out, SiteWriter.StagingFolder)));
        Assert.Contains(File.ReadAllText(Path.Combine(_out, "2019/sr/index.html")), new[] { "old", "new" });
    }
}
