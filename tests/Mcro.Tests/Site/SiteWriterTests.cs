using Mcro.Site;

namespace Mcro.Tests.Site;

/// <summary>The writer replaces only what an mcro build wrote: never a user's file, never through a symbolic link.</summary>
public sealed class SiteWriterTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("mcro-writer-").FullName;
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("mcro-elsewhere-").FullName;

    public void Dispose()
    {
        Directory.Delete(_out, recursive: true);
        Directory.Delete(_elsewhere, recursive: true);
    }

    private static IReadOnlyList<SiteFile> Site(string sheet = "<p>2019</p>", string landing = "<p>landing</p>", bool sitemap = false) =>
    [
        SiteFile.Text("2019/sr/index.html", sheet),
        SiteFile.Text("2019/sr/charts/a.svg", "<svg/>"),
        SiteFile.Text("2019/en/index.html", "<p>en</p>"),
        SiteFile.Text("index.html", landing),
        .. sitemap ? [SiteFile.Text("sitemap.xml", "<urlset/>")] : Array.Empty<SiteFile>(),
    ];

    private string PathOf(string sitePath) => Path.Combine(_out, sitePath);

    private void Put(string sitePath, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(sitePath))!);
        File.WriteAllText(PathOf(sitePath), text);
    }

    [Fact]
    public void Writes_every_file_then_leaves_unchanged_files_alone()
    {
        Assert.Equal(new WriteReport(4, 0), SiteWriter.Write(Site(), _out));
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(_out, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, stamp);

        Assert.Equal(new WriteReport(0, 4), SiteWriter.Write(Site(), _out));
        Assert.All(Directory.EnumerateFiles(_out, "*.html", SearchOption.AllDirectories), f => Assert.Equal(stamp, File.GetLastWriteTimeUtc(f)));
    }

    [Fact]
    public void A_changed_edition_is_replaced_whole_and_the_others_are_not_touched()
    {
        SiteWriter.Write(Site(), _out);
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(PathOf("2019/en/index.html"), stamp);

        var report = SiteWriter.Write(Site(sheet: "<p>2019, corrected</p>"), _out);

        Assert.Equal(new WriteReport(2, 2), report);
        Assert.Equal("<p>2019, corrected</p>", File.ReadAllText(PathOf("2019/sr/index.html")));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(PathOf("2019/en/index.html")));
        Assert.False(Directory.Exists(Path.Combine(_out, SiteWriter.StagingFolder)));
    }

    [Fact]
    public void A_file_the_user_put_into_an_edition_survives_the_edition_being_replaced()
    {
        SiteWriter.Write(Site(), _out);
        Put("2019/sr/notes/reviewer.txt", "checked");
        SiteWriter.Write(Site(sheet: "<p>2019, corrected</p>"), _out);
        Assert.Equal("<p>2019, corrected</p>", File.ReadAllText(PathOf("2019/sr/index.html")));
        Assert.Equal("checked", File.ReadAllText(PathOf("2019/sr/notes/reviewer.txt")));
    }

    [Fact]
    public void A_file_an_earlier_build_wrote_and_this_one_does_not_is_removed_and_a_users_file_is_kept()
    {
        SiteWriter.Write(Site(sitemap: true), _out);
        Put("CNAME", "example.org");
        Put("2019/print/leaflet.pdf", "%PDF");
        SiteWriter.Write(Site(), _out);
        Assert.False(File.Exists(PathOf("sitemap.xml")));
        Assert.True(File.Exists(PathOf("CNAME")));
        Assert.Equal("%PDF", File.ReadAllText(PathOf("2019/print/leaflet.pdf")));
    }

    [Fact]
    public void A_root_file_mcro_never_wrote_is_not_removed_even_if_mcro_could_have_written_it()
    {
        Put("sitemap.xml", "<urlset>hand-made</urlset>");
        SiteWriter.Write(Site(), _out);
        Assert.Equal("<urlset>hand-made</urlset>", File.ReadAllText(PathOf("sitemap.xml")));
    }

    [Fact]
    public void An_edition_of_an_earlier_build_that_no_longer_exists_is_removed_file_by_file_but_not_through_a_link()
    {
        SiteWriter.Write([.. Site(), SiteFile.Text("2017/sr/index.html", "<p>2017</p>")], _out);
        // The user has since made 2017 a link to an archive elsewhere: mcro's 2017 files are gone from its view.
        Directory.Delete(PathOf("2017"), recursive: true);
        File.WriteAllText(Path.Combine(_elsewhere, "keep.txt"), "archive");
        Directory.CreateDirectory(Path.Combine(_elsewhere, "sr"));
        File.WriteAllText(Path.Combine(_elsewhere, "sr", "index.html"), "<p>archived 2017</p>");
        Directory.CreateSymbolicLink(PathOf("2017"), _elsewhere);

        SiteWriter.Write(Site(), _out);

        Assert.Equal("<p>archived 2017</p>", File.ReadAllText(Path.Combine(_elsewhere, "sr", "index.html")));
        Assert.Equal("archive", File.ReadAllText(Path.Combine(_elsewhere, "keep.txt")));
        Assert.NotNull(new DirectoryInfo(PathOf("2017")).LinkTarget);
    }

    [Fact]
    public void An_edition_folder_that_is_a_symbolic_link_is_refused_before_anything_is_replaced()
    {
        Directory.CreateDirectory(PathOf("2019"));
        Directory.CreateSymbolicLink(PathOf("2019/sr"), _elsewhere);
        File.WriteAllText(Path.Combine(_elsewhere, "mine.txt"), "mine");

        var refused = Assert.Throws<SiteWriteException>(() => SiteWriter.Write(Site(), _out));

        Assert.Contains("2019/sr in the output folder is a symbolic link", refused.Message);
        Assert.Empty(refused.Replaced);
        Assert.Equal(["mine.txt"], Directory.EnumerateFileSystemEntries(_elsewhere).Select(Path.GetFileName));
        Assert.False(File.Exists(PathOf("index.html")));
    }

    [Fact]
    public void A_write_refused_half_way_says_which_editions_were_replaced_and_which_were_not()
    {
        SiteWriter.Write(Site(), _out);
        // A file where the 2020 folder must go: the new 2019 editions commit, 2020/sr cannot.
        Put("2020", "in the way");

        var failed = Assert.Throws<SiteWriteException>(() =>
            SiteWriter.Write([.. Site(sheet: "<p>2019, corrected</p>", landing: "<p>with 2020</p>"), SiteFile.Text("2020/sr/index.html", "<p>2020</p>")], _out));

        Assert.Contains("2020/sr", failed.NotReplaced);
        Assert.Contains("index.html", failed.NotReplaced);
        Assert.DoesNotContain("2020/sr", failed.Replaced);
        Assert.Matches("left as they were: .*2020/sr", failed.Message);
        Assert.Equal("in the way", File.ReadAllText(PathOf("2020")));
        Assert.False(Directory.Exists(Path.Combine(_out, SiteWriter.StagingFolder)));
    }
}
