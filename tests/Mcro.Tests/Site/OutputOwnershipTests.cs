using Mcro.Build;

namespace Mcro.Tests.Site;

/// <summary>
/// Whole builds against what the user does to the output folder: edit a sheet, put a file where mcro will write,
/// start two builds at once, point --out at an empty folder and fail. mcro never loses or takes over what it did not write.
/// </summary>
public sealed class OutputOwnershipTests : TempFolderTest
{

    public OutputOwnershipTests() : base("mcro-ownership-") => FolderCopy.Copy(SiteFixture.DataFolder, Data);

    private string Data => Work.PathOf("data");

    private string Out => Work.PathOf("out");

    private BuildRequest Request(IReadOnlyList<int>? years = null, IReadOnlyList<string>? languages = null, string? baseUrl = null) =>
        new(Data, "data", SiteFixture.TemplatesFolder, "templates", Out, "out", years, languages, baseUrl);

    private static BuildOutcome.Built Built(BuildOutcome outcome)
    {
        Assert.True(outcome is BuildOutcome.Built, string.Join("\n", (outcome as BuildOutcome.Failed)?.Problems ?? []));
        return (BuildOutcome.Built)outcome;
    }

    private string Read(string sitePath) => File.ReadAllText(Path.Combine(Out, sitePath));

    [Fact]
    public void A_sheet_the_user_edited_stays_published_when_another_year_is_built()
    {
        Built(BuildPipeline.Run(Request()));
        var edited = Read("2018/sr/index.html").Replace("</body>", "<script src=\"analytics.js\"></script></body>");
        File.WriteAllText(Path.Combine(Out, "2018/sr/index.html"), edited);

        Built(BuildPipeline.Run(Request(years: [2019])));

        Assert.Equal(edited, Read("2018/sr/index.html"));
        Assert.True(File.Exists(Path.Combine(Out, "2018/sr/charts/core-tasks.svg")));
        Assert.Contains("href=\"2018/sr/index.html\"", Read("index.html"));
    }

    [Fact]
    public void A_users_page_where_a_new_year_goes_is_refused_and_left_as_it_is()
    {
        Built(BuildPipeline.Run(Request(years: [2018])));
        Directory.CreateDirectory(Path.Combine(Out, "2019", "sr"));
        File.WriteAllText(Path.Combine(Out, "2019", "sr", "index.html"), "<p>our own 2019 draft</p>");

        var failed = Assert.IsType<BuildOutcome.Failed>(BuildPipeline.Run(Request(years: [2019], languages: ["sr"])));

        Assert.Contains("2019/sr/index.html in the output folder is not a file mcro wrote", Assert.Single(failed.Problems).Message);
        Assert.Equal("<p>our own 2019 draft</p>", Read("2019/sr/index.html"));
    }

    [Fact]
    public void A_failed_build_into_an_empty_folder_leaves_it_empty_and_not_marked_as_a_site()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Data, "2019", "staff.csv"), "municipality,position,community,gender\nnowhere,head,serbian,female\n");

        Assert.IsType<BuildOutcome.Failed>(BuildPipeline.Run(Request()));

        Assert.Empty(Directory.EnumerateFileSystemEntries(Out));
    }

    [Fact]
    public async Task Two_builds_of_different_editions_started_together_end_with_both_editions_linked()
    {
        var builds = new[] { "sq", "en" }.Select(tag => Task.Run(() => BuildPipeline.Run(Request(years: [2019], languages: [tag])))).ToArray();
        foreach (var build in await Task.WhenAll(builds)) Built(build);

        Assert.Contains("href=\"2019/sq/index.html\"", Read("index.html"));
        Assert.Contains("href=\"2019/en/index.html\"", Read("index.html"));
        Assert.Contains("hreflang=\"en\"", Read("2019/sq/index.html"));
        Assert.Contains("hreflang=\"sq\"", Read("2019/en/index.html"));
    }

    [Fact]
    public void A_year_folder_added_while_a_build_runs_is_not_recorded_as_built()
    {
        var observer = new OnStep("load", () => FolderCopy.Copy(Path.Combine(Data, "2019"), Path.Combine(Data, "2020")));
        Built(BuildPipeline.Run(Request(), observer));

        var next = Built(BuildPipeline.Run(Request()));

        Assert.Contains(2020, next.Site.Years);
        Assert.True(File.Exists(Path.Combine(Out, "2020", "en", "index.html")));
    }

    [Fact]
    public void Kept_sheets_are_rendered_again_when_an_edition_is_removed_so_none_links_it()
    {
        Built(BuildPipeline.Run(Request()));
        var config = Path.Combine(Data, "config.yaml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("cyrillic_edition: true", "cyrillic_edition: false"));

        var built = Built(BuildPipeline.Run(Request(years: [2019], languages: ["sr"])));

        Assert.Contains(built.Steps, s => s.Name == "plan" && s.Detail.Contains("of them kept ones", StringComparison.Ordinal));
        foreach (var page in Directory.EnumerateFiles(Out, "*.html", SearchOption.AllDirectories))
            Assert.DoesNotContain("sr-Cyrl/index.html", File.ReadAllText(page));
        Assert.False(Directory.Exists(Path.Combine(Out, "2018", "sr-Cyrl")));
    }

    private sealed class OnStep(string name, Action action) : IBuildObserver
    {
        public void StepStarted(string step)
        {
            if (step == name) action();
        }

        public void StepDone(BuildStep step)
        {
        }
    }
}
