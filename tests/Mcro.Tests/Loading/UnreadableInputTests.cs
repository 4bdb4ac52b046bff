using Mcro.Tests.Site;

namespace Mcro.Tests.Loading;

/// <summary>
/// A file or folder mcro cannot read — data, templates or assets alike — is a problem with its path and exit 1:
/// never "missing file", never "cannot write the site", never an internal error. Permissions cannot be tested
/// where the tests run as root (root reads every file), so what the system refuses to root as well stands in:
/// a folder where a file should be, and a link that leads back to itself.
/// </summary>
public sealed class UnreadableInputTests() : TempFolderTest("mcro-unreadable-")
{
    [Fact]
    public void A_folder_in_place_of_a_data_file_is_not_a_missing_file()
    {
        var (data, _) = Copies();
        File.Delete(Path.Combine(data, "2019", "offices.csv"));
        Directory.CreateDirectory(Path.Combine(data, "2019", "offices.csv"));

        var run = CliRun.Of("validate", "--data", data);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{data}/2019/offices.csv: cannot read the file: it is a folder, not a file", run.Output);
        Assert.DoesNotContain("missing file", run.Output);
    }

    [Fact]
    public void A_data_file_that_is_a_link_to_itself_is_named_with_why()
    {
        if (OperatingSystem.IsWindows()) return;
        var (data, _) = Copies();
        SelfLink(Path.Combine(data, "2019", "staff.csv"));

        var run = CliRun.Of("validate", "--data", data);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"{data}/2019/staff.csv: cannot read the file: it is a link that leads back to itself"], run.OutputLines);
    }

    [Theory]
    [InlineData("partials/intro.html")]
    [InlineData("assets/site.css")]
    public void A_template_or_asset_that_cannot_be_read_is_a_problem_with_its_path_not_a_write_failure(string file)
    {
        if (OperatingSystem.IsWindows()) return;
        var (data, templates) = Copies();
        SelfLink(Path.Combine(templates, file));

        var run = CliRun.Build(data, templates, Work.PathOf("out"), "--year", "2019", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{templates}/{file}: cannot read the file: it is a link that leads back to itself", run.Output);
        Assert.DoesNotContain("cannot write the site", run.Output + run.Error);
    }

    [Theory]
    [InlineData("data", "2019/offices.csv", "cannot read the file: permission denied")]
    [InlineData("data", "2019", "cannot read the folder: permission denied")]
    [InlineData("templates", "sheet.html", "cannot read the file: permission denied")]
    [InlineData("templates", "partials", "cannot read the folder: permission denied")]
    [InlineData("templates", "assets/site.css", "cannot read the file: permission denied")]
    public void A_file_or_folder_without_read_permission_is_a_problem_with_its_path(string root, string entry, string message)
    {
        if (OperatingSystem.IsWindows()) return;
        var (data, templates) = Copies();
        var path = Path.Combine(root == "data" ? data : templates, entry);
        var mode = File.GetUnixFileMode(path);
        File.SetUnixFileMode(path, UnixFileMode.None);
        try
        {
            // Root reads a file whatever its mode: then there is no refusal to report (the tests above stand in).
            if (ReadableAnyway(path)) return;

            var run = CliRun.Build(data, templates, Work.PathOf("out"), "--year", "2019", "--lang", "en");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"{(root == "data" ? data : templates)}/{entry}: {message}", run.Output);
            Assert.DoesNotContain("missing", run.Output);
            Assert.DoesNotContain("cannot write the site", run.Output + run.Error);
        }
        finally
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    private (string Data, string Templates) Copies()
    {
        var data = Work.PathOf("data");
        var templates = Work.PathOf("templates");
        FolderCopy.Copy(SiteFixture.DataFolder, data);
        FolderCopy.Copy(SiteFixture.TemplatesFolder, templates);
        return (data, templates);
    }

    private static void SelfLink(string path)
    {
        File.Delete(path);
        File.CreateSymbolicLink(path, Path.GetFileName(path));
    }

    private static bool ReadableAnyway(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.EnumerateFileSystemEntries(path).Any();
            else File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
