using Mcro.Site;

namespace Mcro.Tests.Robustness;

/// <summary>What a build killed half-way leaves in staging, and how the next build puts the site right.</summary>
public sealed class InterruptedWriteRecoveryTests() : TempFolderTest("mcro-recover-")
{
    private string Out => Work.Path;

    private string Staging(string relative) => Path.Combine(Out, SiteWriter.StagingFolder, relative);

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
        SiteWriter.Write(Site("old"), Out);
        // Killed between the two renames of the portable swap: 2019/sr sits in staging/old, its new version in staging/new.
        Directory.CreateDirectory(Staging("old"));
        Directory.Move(Path.Combine(Out, "2019/sr"), Staging("old/2019%2Fsr"));
        Put(Staging("new/2019%2Fsr/index.html"), "half");

        // A build of the same site finds 2019/sr as it was, so nothing needs writing.
        Assert.Equal(new WriteReport(0, 3), SiteWriter.Write(Site("old"), Out));
        Assert.Equal("old", File.ReadAllText(Path.Combine(Out, "2019/sr/index.html")));
        Assert.False(Directory.Exists(Path.Combine(Out, SiteWriter.StagingFolder)));
    }

    [Fact]
    public void Leftovers_of_a_finished_swap_and_of_half_staged_files_are_dropped()
    {
        SiteWriter.Write(Site("new"), Out);
        Put(Staging("old/2019%2Fen/index.html"), "previous");
        Put(Staging("new/2019%2Fsr/index.html"), "half");
        Put(Staging("files/index.html"), "half");

        Assert.Equal(new WriteReport(0, 3), SiteWriter.Write(Site("new"), Out));
        Assert.Equal("new", File.ReadAllText(Path.Combine(Out, "2019/en/index.html")));
        Assert.False(Directory.Exists(Path.Combine(Out, SiteWriter.StagingFolder)));
    }

    [Fact]
    public void Staging_never_restores_anything_outside_the_site()
    {
        SiteWriter.Write(Site("new"), Out);
        Put(Staging("old/..%2F..%2Fescaped/index.html"), "planted");
        SiteWriter.Write(Site("new"), Out);
        Assert.False(Directory.Exists(Path.Combine(Out, "..", "..", "escaped")));
    }

    [Fact]
    public void A_changed_edition_is_swapped_in_whole_and_staging_is_gone_afterwards()
    {
        SiteWriter.Write(Site("old"), Out);
        Assert.Equal(new WriteReport(3, 0), SiteWriter.Write(Site("new"), Out));
        Assert.Equal("new", File.ReadAllText(Path.Combine(Out, "2019/sr/index.html")));
        Assert.Equal("landing new", File.ReadAllText(Path.Combine(Out, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(Out, SiteWriter.StagingFolder)));
    }

    [Fact]
    public void A_write_the_disk_refuses_half_way_is_reported_and_leaves_no_staging_behind()
    {
        SiteWriter.Write(Site("old"), Out);
        File.Delete(Path.Combine(Out, "index.html"));
        Directory.CreateDirectory(Path.Combine(Out, "index.html", "in-the-way"));

        Assert.ThrowsAny<IOException>(() => SiteWriter.Write(Site("new"), Out));

        Assert.False(Directory.Exists(Path.Combine(Out, SiteWriter.StagingFolder)));
        Assert.Contains(File.ReadAllText(Path.Combine(Out, "2019/sr/index.html")), new[] { "old", "new" });
    }
}
