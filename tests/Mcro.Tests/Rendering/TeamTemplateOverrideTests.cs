using Mcro.Build;
using Mcro.Rendering;
using Mcro.Tests.Site;

namespace Mcro.Tests.Rendering;

/// <summary>
/// A team's templates folder holds only the files it changes: each replaces the built-in of the same path, every other
/// page, partial and asset comes from the templates installed with mcro (Hugo's lookup order).
/// </summary>
public sealed class TeamTemplateOverrideTests() : TempFolderTest("mcro-team-templates-")
{
    private const string TeamFooter = "<footer class=\"site-footer\">\n<p>{{ page.publisher }}</p>\n"
        + "{{~ if page.links.accessibility ~}}\n<p><a href=\"{{ page.links.accessibility }}\">{{ t.accessibility.link }}</a></p>\n{{~ end ~}}\n"
        + "<p class=\"team\">Our team's footer</p>\n</footer>\n";

    /// <summary>A team folder holding <paramref name="files"/> (relative path → text) and nothing else.</summary>
    private string Team(params (string Path, string Text)[] files)
    {
        var team = Work.PathOf("team");
        Directory.CreateDirectory(team);
        foreach (var (path, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(team, path))!);
            File.WriteAllText(Path.Combine(team, path), text);
        }
        return team;
    }

    private Dictionary<string, byte[]> Build(string templates, string name)
    {
        var output = Work.PathOf(name);
        var run = CliRun.Build(SiteFixture.DataFolder, templates, output, "--quiet");
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        return Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(".mcro", StringComparison.Ordinal))
            .ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(output, f)));
    }

    [Fact]
    public void A_team_folder_with_only_a_footer_builds_every_page_with_that_footer_and_is_otherwise_the_built_in_site()
    {
        var builtIn = Build(SiteFixture.TemplatesFolder, "built-in-site");
        var team = Build(Team(("partials/footer.html", TeamFooter)), "team-site");

        Assert.Equal(builtIn.Keys.Order(StringComparer.Ordinal), team.Keys.Order(StringComparer.Ordinal));
        var pages = builtIn.Keys.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 10, $"{pages.Count} page(s)");
        foreach (var (path, bytes) in builtIn)
        {
            var expected = System.Text.Encoding.UTF8.GetString(bytes);
            // Every page has the one footer; the team's adds its line and leaves each byte around it as it was.
            if (pages.Contains(path))
            {
                Assert.Equal(1, CountOf(expected, "</p>\n</footer>"));
                expected = expected.Replace("</p>\n</footer>", "</p>\n<p class=\"team\">Our team's footer</p>\n</footer>", StringComparison.Ordinal);
            }
            Assert.True(expected == System.Text.Encoding.UTF8.GetString(team[path]), $"{path} differs beyond the footer");
        }
    }

    [Fact]
    public void A_team_stylesheet_replaces_the_built_in_one_and_the_other_assets_and_every_page_stay_built_in()
    {
        var builtIn = Build(SiteFixture.TemplatesFolder, "built-in-site");
        const string css = "body { font-family: 'Team Sans'; }\n";
        var team = Build(Team(("assets/site.css", css), ("assets/fonts/team.woff2", "not really a font"), ("assets/team.js", "// ours\n")), "team-site");

        Assert.Equal(css, System.Text.Encoding.UTF8.GetString(team["assets/site.css"]));
        Assert.Equal("not really a font", System.Text.Encoding.UTF8.GetString(team["assets/fonts/team.woff2"]));
        Assert.Equal("// ours\n", System.Text.Encoding.UTF8.GetString(team["assets/team.js"]));
        foreach (var (path, bytes) in builtIn.Where(f => f.Key != "assets/site.css"))
            Assert.True(bytes.AsSpan().SequenceEqual(team[path]), $"{path} differs");
    }

    [Theory]
    [InlineData("<footer>\n<p>{{ page.publisher }}</p>\n   {{ include 'partials/nope.html' }}\n</footer>\n", "3:7")]
    // A branch no page of this data takes is still checked: the next year's data would take it.
    [InlineData("{{ if false }}\n{{ include \"partials/nope.html\" }}{{ end }}\n", "2:4")]
    public void An_override_that_includes_a_partial_that_exists_nowhere_is_a_problem_at_its_place_in_the_team_file(string footer, string position)
    {
        var team = Team(("partials/footer.html", footer));

        var run = CliRun.Build(SiteFixture.DataFolder, team, Work.PathOf("out"), "--quiet");

        Assert.Equal(1, run.ExitCode);
        var problem = Assert.Single(run.OutputLines);
        Assert.StartsWith($"{team.Replace('\\', '/')}/partials/footer.html:{position}: the partial \"partials/nope.html\" does not exist", problem);
        Assert.False(Directory.Exists(Work.PathOf("out")) && Directory.EnumerateFiles(Work.PathOf("out"), "*.html", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public void An_include_whose_name_is_computed_and_exists_nowhere_is_a_problem_at_its_place_not_an_internal_error()
    {
        var team = Team(("partials/footer.html", "<footer>\n{{ name = 'partials/' + 'nope.html' }}{{ include name }}\n</footer>\n"));

        var run = CliRun.Build(SiteFixture.DataFolder, team, Work.PathOf("out"), "--quiet");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{team.Replace('\\', '/')}/partials/footer.html:2:42: the partial \"partials/nope.html\" does not exist", run.Output);
    }

    [Fact]
    public void A_problem_in_a_built_in_template_names_the_built_in_file_not_the_team_folder()
    {
        // The team's landing page includes a built-in partial made for the sheet, which asks for a name the landing page lacks.
        var team = Team(("landing.html", "{{ include 'partials/intro.html' }}\n"));

        var run = CliRun.Build(SiteFixture.DataFolder, team, Work.PathOf("out"), "--quiet");

        Assert.Equal(1, run.ExitCode);
        var builtIn = Path.Combine(TemplateLayers.InstalledFolder, "partials", "intro.html").Replace('\\', '/');
        Assert.Contains(run.OutputLines, line => line.StartsWith(builtIn + ":", StringComparison.Ordinal));
        Assert.DoesNotContain("team/partials/intro.html", run.Output);
    }

    [Fact]
    public void Editing_an_override_or_a_built_in_changes_the_fingerprint()
    {
        var builtIns = Work.PathOf("installed");
        FolderCopy.Copy(SiteFixture.TemplatesFolder, builtIns);
        var team = Team(("partials/footer.html", TeamFooter));
        var request = new BuildRequest(SiteFixture.DataFolder, "site", team, "team", Work.PathOf("out"), "out", null, null, null) { BuiltInTemplates = builtIns };
        var first = BuildFingerprint.Of(request);

        File.AppendAllText(Path.Combine(team, "partials", "footer.html"), "<!-- edited -->\n");
        var afterOverride = BuildFingerprint.Of(request);
        File.AppendAllText(Path.Combine(builtIns, "partials", "intro.html"), "<!-- a new mcro's template -->\n");
        var afterBuiltIn = BuildFingerprint.Of(request);

        Assert.NotNull(first);
        Assert.Equal(3, new[] { first, afterOverride, afterBuiltIn }.Distinct().Count());
        Assert.Equal(afterBuiltIn, BuildFingerprint.Of(request));
    }

    [Fact]
    public void Diff_of_two_data_folders_builds_them_with_the_team_files_over_the_built_ins()
    {
        var (old, now) = (Work.PathOf("old"), Work.PathOf("new"));
        FolderCopy.Copy(SiteFixture.DataFolder, old);
        FolderCopy.Copy(SiteFixture.DataFolder, now);

        var run = CliRun.Of("diff", old, now, "--templates", Team(("partials/footer.html", TeamFooter)));

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Equal("no change a reader would see\n", run.Output);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
