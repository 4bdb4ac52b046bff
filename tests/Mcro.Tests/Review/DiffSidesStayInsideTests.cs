using Mcro.Tests.Site;

namespace Mcro.Tests.Review;

/// <summary>
/// Each side of `mcro diff` (a site, a data folder, a git revision) is read without ever leaving it: links out of it
/// are not followed, loops and links in a revision are problems naming the path, and input never ends as an internal error.
/// </summary>
public sealed class DiffSidesStayInsideTests() : TempFolderTest("mcro-diff-sides-")
{
    private const string Secret = "OUTSIDE-SECRET-7731";

    private static CliRun Diff(params string[] args) => CliRun.Of(["diff", .. args, "--templates", SiteFixture.TemplatesFolder]);

    /// <summary>A small site on disk, as a reader sees one: a landing page and an edition's sheet.</summary>
    private string Site(string name)
    {
        var site = Work.PathOf(name);
        Directory.CreateDirectory(Path.Combine(site, "2019", "sr"));
        File.WriteAllText(Path.Combine(site, "index.html"), "<html><body><h1>Sheets</h1></body></html>");
        File.WriteAllText(Path.Combine(site, "2019", "sr", "index.html"), "<html><body><p>35 of 38 offices</p></body></html>");
        return site;
    }

    private string Data(string name)
    {
        var data = Work.PathOf(name);
        FolderCopy.Copy(SiteFixture.DataFolder, data);
        return data;
    }

    private static void RefusedAsInput(CliRun run)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("internal error", run.Error + run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("cannot compare", run.Error);
    }

    [Fact]
    public void A_site_holding_a_link_loop_is_a_problem_naming_each_link_not_an_internal_error()
    {
        var site = Site("new");
        File.CreateSymbolicLink(Path.Combine(site, "loop"), "loop");
        File.CreateSymbolicLink(Path.Combine(site, "2019", "a.html"), "b.html");
        File.CreateSymbolicLink(Path.Combine(site, "2019", "b.html"), "a.html");
        Directory.CreateSymbolicLink(Path.Combine(site, "2019", "sr", "up"), "..");

        var run = Diff(Site("old"), site);

        RefusedAsInput(run);
        foreach (var link in new[] { "loop", "2019/a.html", "2019/b.html", "2019/sr/up" })
            Assert.Contains(Path.Join(site, link).Replace('\\', '/') + ": it is a link ", run.Error);
        Assert.Contains("loop", run.Error);
    }

    [Fact]
    public void A_link_out_of_a_site_is_not_followed_and_what_it_points_to_is_never_printed()
    {
        var outside = Work.Folder("outside");
        File.WriteAllText(Path.Combine(outside, "page.html"), $"<html><body><p>{Secret}</p></body></html>");
        var site = Site("new");
        File.CreateSymbolicLink(Path.Combine(site, "2019", "sr", "leak.html"), Path.Combine(outside, "page.html"));
        Directory.CreateSymbolicLink(Path.Combine(site, "2019", "en"), outside);
        Directory.CreateSymbolicLink(Path.Combine(site, "etc"), "/etc");

        var run = Diff(Site("old"), site);

        RefusedAsInput(run);
        Assert.DoesNotContain(Secret, run.Output + run.Error);
        Assert.Contains("2019/sr/leak.html: it is a link that leads out of", run.Error);
        Assert.Contains("2019/en: it is a link that leads out of", run.Error);
        Assert.Contains("etc: it is a link that leads out of", run.Error);
    }

    [Fact]
    public void A_site_file_that_cannot_be_read_is_a_problem_naming_it()
    {
        var site = Site("new");
        File.CreateSymbolicLink(Path.Combine(site, "2019", "sr", "gone.html"), "nothing-here.html");
        var fifo = Path.Combine(site, "2019", "sr", "pipe.html");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();

        var run = Diff(Site("old"), site);

        RefusedAsInput(run);
        Assert.Contains("2019/sr/gone.html: cannot read the file: it is a link to something that does not exist", run.Error);
        Assert.Contains("2019/sr/pipe.html: this is not a plain file", run.Error);
    }

    [Fact]
    public void A_data_side_with_a_link_out_of_it_or_a_loop_is_refused_and_the_outside_file_never_printed()
    {
        var outside = Work.Folder("outside");
        File.WriteAllText(Path.Combine(outside, "staff.csv"), Secret + ",x\n1,2\n");
        var data = Data("new");
        File.Delete(Path.Combine(data, "2019", "staff.csv"));
        File.CreateSymbolicLink(Path.Combine(data, "2019", "staff.csv"), Path.Combine(outside, "staff.csv"));
        Directory.Delete(Path.Combine(data, "2018"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(data, "2018"), "2018");

        var run = Diff(Data("old"), data);

        RefusedAsInput(run);
        Assert.DoesNotContain(Secret, run.Output + run.Error);
        Assert.Contains("2019/staff.csv: it is a link that leads out of", run.Error);
        Assert.Contains("2018: it is a link that leads back to itself", run.Error);
    }

    [Theory]
    [InlineData("2019")]
    [InlineData("2019/staff.csv")]
    public void A_git_side_whose_year_folder_or_data_file_is_a_link_in_git_says_so(string linked)
    {
        var repository = Work.PathOf("repo");
        var data = Path.Combine(repository, "data");
        FolderCopy.Copy(SiteFixture.DataFolder, data);
        var kept = Path.Combine(repository, "kept");
        Directory.CreateDirectory(kept);
        var original = Path.Combine(data, linked);
        if (Directory.Exists(original))
        {
            Directory.Move(original, Path.Combine(kept, "year"));
            Directory.CreateSymbolicLink(original, "../kept/year");
        }
        else
        {
            File.Move(original, Path.Combine(kept, "file"));
            File.CreateSymbolicLink(original, "../../kept/file");
        }
        Commit(repository);

        var run = Diff("git:HEAD", Site("site"), "--data", data);

        RefusedAsInput(run);
        Assert.Contains($"git:HEAD/{linked}: it is a symbolic link in revision 'HEAD'", run.Error);
    }

    [Fact]
    public void A_git_side_whose_data_folder_is_a_link_in_git_says_so()
    {
        var repository = Work.PathOf("repo");
        FolderCopy.Copy(SiteFixture.DataFolder, Path.Combine(repository, "real"));
        Directory.CreateSymbolicLink(Path.Combine(repository, "data"), "real");
        Commit(repository);

        var run = Diff("git:HEAD", Site("site"), "--data", Path.Combine(repository, "data"));

        RefusedAsInput(run);
        Assert.Contains("data is a symbolic link in revision 'HEAD'", run.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void An_empty_side_is_a_usage_error(string side)
    {
        var run = Diff(side, Site("site"));

        RefusedAsInput(run);
        Assert.Contains("a side is empty", run.Error);
    }

    private static void Commit(string repository)
    {
        Git(repository, "init", "-q");
        Git(repository, "add", "-A");
        Git(repository, "-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-q", "-m", "data");
    }

    private static void Git(string folder, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var git = System.Diagnostics.Process.Start(start)!;
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
    }
}
