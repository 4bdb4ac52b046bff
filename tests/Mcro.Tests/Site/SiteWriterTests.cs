using Mcro.Site;

namespace Mcro.Tests.Site;

public sealed class SiteWriterTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("mcro-writer-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    private static SiteOutput Site(string sheet = "<p>2019</p>", string landing = "<p>landing</p>") => new(
        [
            new SiteFolder("2019/sr", [SiteFile.Text("2019/sr/index.html", sheet), SiteFile.Text("2019/sr/charts/a.svg", "<svg/>")]),
            new SiteFolder("2019/en", [SiteFile.Text("2019/en/index.html", "<p>en</p>")]),
        ],
        [SiteFile.Text("index.html", landing)],
        ["sitemap.xml"]);

    [Fact]
    public void Writes_every_file_then_leaves_unchanged_files_alone()
    {
        Assert.Equal(new WriteReport(4, 0), SiteWriter.Write(Site(), _out));
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(_out, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, stamp);

        Assert.Equal(new WriteReport(0, 4), SiteWriter.Write(Site(), _out));
        Assert.All(Directory.EnumerateFiles(_out, "*", SearchOption.AllDirectories), f => Assert.Equal(stamp, File.GetLastWriteTimeUtc(f)));
    }

    [Fact]
    public void A_changed_edition_is_replaced_whole_and_the_others_are_not_touched()
    {
        SiteWriter.Write(Site(), _out);
        File.WriteAllText(Path.Combine(_out, "2019/sr/stale.html"), "left over");
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(_out, "2019/en/index.html"), stamp);

        var report = SiteWriter.Write(Site(sheet: "<p>2019, corrected</p>"), _out);

        Assert.Equal(new WriteReport(2, 2), report);
        Assert.Equal("<p>2019, corrected</p>", File.ReadAllText(Path.Combine(_out, "2019/sr/index.html")));
        Assert.False(File.Exists(Path.Combine(_out, "2019/sr/stale.html")));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(_out, "2019/en/index.html")));
        Assert.False(Directory.Exists(Path.Combine(_out, SiteWriter.StagingFolder)));
    }

    [Fact]
    public void Removes_a_root_file_this_build_no_longer_makes_and_keeps_other_files()
    {
        File.WriteAllText(Path.Combine(_out, "sitemap.xml"), "<urlset/>");
        File.WriteAllText(Path.Combine(_out, "CNAME"), "example.org");
        SiteWriter.Write(Site(), _out);
        Assert.False(File.Exists(Path.Combine(_out, "sitemap.xml")));
        Assert.True(File.Exists(Path.Combine(_out, "CNAME")));
    }
}
