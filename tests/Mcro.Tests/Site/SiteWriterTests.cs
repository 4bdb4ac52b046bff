using Mcro.Site;

namespace Mcro.Tests.Site;

/// <summary>The writer replaces only what an mcro build wrote: never a user's file, never through a symbolic link.</summary>
public sealed class SiteWriterTests : TempFolderTest
{
    private readonly string _out;
    private readonly string _elsewhere;

    public SiteWriterTests() : base("mcro-writer-")
    {
        _out = Directory.CreateDirectory(Work.PathOf("out")).FullName;
        _elsewhere = Directory.CreateDirectory(Work.PathOf("elsewhere")).FullName;
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
        var failed = Assert.Throws<SiteWriteException>(() =>
        {
            using var transaction = SiteWriter.Open(_out);
            foreach (var file in Site(sheet: "<p>2019, corrected</p>", landing: "<p>with 2020</p>")) transaction.Sink.Write(file.Path, file.Content);
            transaction.Sink.WriteText("2020/sr/index.html", "<p>2020</p>");
            // New units go first (2020/sr), then the changed one (2019/sr), then the landing page: the disk gives out at 2019/sr.
            transaction.BeforeCommit = unit => { if (unit == "2019/sr") throw new IOException("No space left on device"); };
            transaction.Commit(new CommitRequest(null, [], [], 0, 0, _ => false));
        });

        Assert.Equal(["2020/sr"], failed.Replaced);
        Assert.Equal(["2019/sr", "index.html"], failed.NotReplaced);
        Assert.Equal("cannot write the site: No space left on device; replaced with the new build: 2020/sr; left as they were: 2019/sr, index.html", failed.Message);
        Assert.Equal("<p>2019</p>", File.ReadAllText(PathOf("2019/sr/index.html")));
        Assert.Equal("<p>2020</p>", File.ReadAllText(PathOf("2020/sr/index.html")));
        Assert.False(Directory.Exists(Path.Combine(_out, SiteWriter.StagingFolder)));
    }

    [Fact]
    public void A_file_where_an_edition_folder_goes_is_refused_before_anything_is_replaced()
    {
        SiteWriter.Write(Site(), _out);
        Put("2020", "in the way");

        var refused = Assert.Throws<SiteWriteException>(() => SiteWriter.Write([.. Site(landing: "<p>new</p>"), SiteFile.Text("2020/sr/index.html", "<p>2020</p>")], _out));

        Assert.StartsWith("2020 in the output folder is a file, where mcro writes a folder", refused.Message);
        Assert.Empty(refused.Replaced);
        Assert.Equal("<p>landing</p>", File.ReadAllText(PathOf("index.html")));
    }

    [Fact]
    public void A_users_file_where_this_build_writes_one_is_refused_not_overwritten()
    {
        SiteWriter.Write(Site(), _out);
        Put("sitemap.xml", "<urlset>hand-made</urlset>");

        var refused = Assert.Throws<SiteWriteException>(() => SiteWriter.Write(Site(sitemap: true), _out));

        Assert.StartsWith("sitemap.xml in the output folder is not a file mcro wrote", refused.Message);
        Assert.Equal("<urlset>hand-made</urlset>", File.ReadAllText(PathOf("sitemap.xml")));
    }

    [Fact]
    public void A_file_mcro_wrote_and_the_user_edited_since_is_not_removed_when_mcro_no_longer_makes_it()
    {
        SiteWriter.Write([.. Site(), SiteFile.Text("2019/sr/charts/b.svg", "<svg>b</svg>")], _out);
        File.WriteAllText(PathOf("2019/sr/charts/b.svg"), "<svg>b, annotated by hand</svg>");
        Directory.CreateDirectory(PathOf("2019/sr/drafts"));

        SiteWriter.Write(Site(sheet: "<p>2019, corrected</p>"), _out);

        Assert.Equal("<svg>b, annotated by hand</svg>", File.ReadAllText(PathOf("2019/sr/charts/b.svg")));
        Assert.True(Directory.Exists(PathOf("2019/sr/drafts")));
    }

    [Fact]
    public void A_manifest_naming_a_path_outside_the_site_is_not_believed()
    {
        SiteWriter.Write([.. Site(), SiteFile.Text("2019/sr/old.html", "<p>old</p>")], _out);
        var victim = Path.Combine(_elsewhere, "important.txt");
        File.WriteAllText(victim, "keep me");
        // With the victim's real hash: only the path's check stands between the forged line and a deletion.
        var path = "../" + Path.GetFileName(_elsewhere) + "/important.txt";
        var entry = BuildManifest.Entry.Of(path, System.Text.Encoding.UTF8.GetBytes("keep me"));
        var forged = $"file {entry.Sha256} {entry.Length} {path}\n";
        File.AppendAllText(Path.Combine(_out, SiteLayout.Manifest), forged);

        SiteWriter.Write(Site(), _out);

        Assert.Equal("keep me", File.ReadAllText(victim));
    }
}
