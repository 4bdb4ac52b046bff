using Mcro.Rendering;

namespace Mcro.Tests.Cli;

/// <summary>mcro templates export: the built-ins copied out to start from, all of them or the paths named, never over a team's file unasked.</summary>
public sealed class TemplatesExportCommandTests() : TempFolderTest("mcro-templates-export-")
{
    private string Team => Work.PathOf("team");

    private static IReadOnlyList<string> BuiltIns() =>
        [.. Directory.EnumerateFiles(TemplateLayers.InstalledFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(TemplateLayers.InstalledFolder, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    private IReadOnlyList<string> Exported() =>
        Directory.Exists(Team)
            ? [.. Directory.EnumerateFiles(Team, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Team, f).Replace('\\', '/')).Order(StringComparer.Ordinal)]
            : [];

    [Fact]
    public void Export_without_paths_copies_every_built_in_byte_for_byte_and_names_each_file_written()
    {
        var run = CliRun.Of("templates", "export", "--to", Team);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Equal(BuiltIns(), Exported());
        Assert.Contains("partials/footer.html", Exported());
        foreach (var name in BuiltIns())
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(TemplateLayers.InstalledFolder, name)), File.ReadAllBytes(Path.Combine(Team, name)));
            Assert.Contains($"wrote {Team.Replace('\\', '/')}/{name}\n", run.Output);
        }
    }

    [Theory]
    [InlineData("partials/footer.html", "partials/footer.html")]
    [InlineData("templates/partials/footer.html", "partials/footer.html")]
    [InlineData("assets", "assets/site.css")]
    public void Export_of_a_path_copies_that_file_or_folder_alone(string asked, string expected)
    {
        var run = CliRun.Of("templates", "export", "--to", Team, asked);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Equal([expected], Exported());
        Assert.StartsWith($"wrote {Team.Replace('\\', '/')}/{expected}\n", run.Output);
    }

    [Fact]
    public void A_file_already_in_the_team_folder_is_not_replaced_and_nothing_else_is_written_unless_forced()
    {
        Directory.CreateDirectory(Path.Combine(Team, "partials"));
        File.WriteAllText(Path.Combine(Team, "partials", "footer.html"), "our footer\n");

        var refused = CliRun.Of("templates", "export", "--to", Team);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"{Team.Replace('\\', '/')}/partials/footer.html: exists already", refused.Output);
        Assert.Equal("our footer\n", File.ReadAllText(Path.Combine(Team, "partials", "footer.html")));
        Assert.Equal(["partials/footer.html"], Exported());

        var forced = CliRun.Of("templates", "export", "--to", Team, "--force", "partials/footer.html");

        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(TemplateLayers.InstalledFolder, "partials", "footer.html")), File.ReadAllText(Path.Combine(Team, "partials", "footer.html")));
    }

    [Fact]
    public void An_unknown_path_is_an_error_that_names_the_nearest_built_ins_and_writes_nothing()
    {
        var run = CliRun.Of("templates", "export", "--to", Team, "partials/footer.html", "partials/foter.html");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("partials/foter.html: no built-in template of that name; nearest: partials/footer.html", run.Output);
        Assert.Empty(Exported());
    }

    [Fact]
    public void A_site_built_from_every_exported_template_is_the_built_in_site()
    {
        Assert.Equal(0, CliRun.Of("templates", "export", "--to", Team).ExitCode);
        var exported = CliRun.Build(Site.SiteFixture.DataFolder, Team, Work.PathOf("a"), "--quiet");
        var builtIn = CliRun.Build(Site.SiteFixture.DataFolder, Site.SiteFixture.TemplatesFolder, Work.PathOf("b"), "--quiet");

        Assert.Equal((0, 0), (exported.ExitCode, builtIn.ExitCode));
        Assert.Equal(Files(Work.PathOf("b")), Files(Work.PathOf("a")));
    }

    [Fact]
    public void Help_ends_with_examples()
    {
        var run = CliRun.Of("templates", "export", "--help");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.TrimEnd().Split('\n');
        var examples = Array.FindLastIndex(lines, l => l == "Examples:");
        Assert.True(examples > 0 && lines.Length - examples - 1 is >= 2 and <= 3, run.Output);
        Assert.All(lines[(examples + 1)..], l => Assert.StartsWith("  mcro templates export", l));
    }

    private static Dictionary<string, string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith(".mcro", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
