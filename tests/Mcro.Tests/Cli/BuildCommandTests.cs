using Mcro.Tests.Site;

namespace Mcro.Tests.Cli;

public sealed class BuildCommandTests() : TempFolderTest("mcro-build-")
{
    private string Out => Work.PathOf("out");

    private CliRun Build(params string[] extra) => CliRun.Build(SiteFixture.DataFolder, SiteFixture.TemplatesFolder, Out, extra);

    [Fact]
    public void Builds_one_edition_of_one_year_and_says_what_it_did()
    {
        var (code, output, _) = Build("--year", "2019", "--lang", "sr");
        Assert.Equal(0, code);
        Assert.Contains("built 1 edition(s) (2019 × sr): 12 page(s), 26 chart(s)", output);
        Assert.True(File.Exists(Path.Combine(Out, "2019/sr/index.html")));
        Assert.True(File.Exists(Path.Combine(Out, "2019/sr/charts/core-tasks.svg")));
        Assert.True(File.Exists(Path.Combine(Out, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(Out, "2019/en")));
    }

    [Fact]
    public void Takes_lists_of_years_and_languages_and_rebuilding_unchanged_input_writes_nothing()
    {
        Assert.Equal(0, Build("--year", "2018,2019", "--lang", "sr", "--lang", "sr-Cyrl").ExitCode);
        Assert.True(File.Exists(Path.Combine(Out, "2018/sr-Cyrl/index.html")));
        var (code, output, _) = Build("--year", "2018,2019", "--lang", "sr,sr-Cyrl");
        Assert.Equal(0, code);
        Assert.Contains(" 0 file(s) written,", output);
    }

    [Fact]
    public void A_template_error_fails_the_build_with_its_position_and_leaves_the_previous_output_untouched()
    {
        Assert.Equal(0, Build("--year", "2019").ExitCode);
        var before = FolderSnapshot.Of(Out);
        var templates = Work.PathOf("templates");
        FolderCopy.Copy(SiteFixture.TemplatesFolder, templates);
        File.WriteAllText(Path.Combine(templates, "partials", "intro.html"), "<section>\n  {{ sheet.intro | nosuchfunction }}\n</section>\n");

        var (code, output, error) = CliRun.Build(SiteFixture.DataFolder, templates, Out);

        Assert.Equal(1, code);
        Assert.Contains("/partials/intro.html:2:", output);
        Assert.Contains("nothing was written", error);
        Assert.Equal(before, FolderSnapshot.Of(Out));
    }

    [Fact]
    public void Data_problems_fail_the_build_with_validates_messages_before_anything_is_written()
    {
        var data = Work.PathOf("data");
        FolderCopy.Copy(SiteFixture.DataFolder, data);
        File.AppendAllText(Path.Combine(data, "2019", "staff.csv"), "prizren,staff,martian,female\n");

        var (code, output, _) = CliRun.Build(data, SiteFixture.TemplatesFolder, Out);

        Assert.Equal(1, code);
        Assert.Contains("2019/staff.csv:15:", output);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void An_unknown_language_is_refused_with_the_editions_there_are()
    {
        var (code, output, _) = Build("--lang", "sr-cyrl,de");
        Assert.Equal(1, code);
        Assert.Contains("--lang de: this dataset has no such edition; its editions are sq, sr, sr-Cyrl, en", output);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_is_a_problem_not_a_crash()
    {
        File.WriteAllText(Work.PathOf("taken"), "a file, not a folder");
        var (code, output, _) = CliRun.Build(SiteFixture.DataFolder, SiteFixture.TemplatesFolder, Work.PathOf("taken/site"), "--year", "2019", "--lang", "en");
        Assert.Equal(1, code);
        Assert.Contains(": cannot write the site: ", output);
        Assert.Equal("a file, not a folder", File.ReadAllText(Work.PathOf("taken")));
    }

    [Fact]
    public void A_base_url_must_be_a_whole_web_address()
    {
        var (code, _, error) = Build("--base-url", "example.org");
        Assert.Equal(2, code);
        Assert.Contains("--base-url: 'example.org' is not an http(s) address", error);
    }

    [Theory]
    [InlineData("https://example.org/factsheets/?lang=sr", "--base-url: 'https://example.org/factsheets/?lang=sr' has a query ('?…'); give the folder address alone, e.g. https://example.org/factsheets/")]
    [InlineData("https://example.org/factsheets/#top", "--base-url: 'https://example.org/factsheets/#top' has a fragment ('#…'); give the folder address alone, e.g. https://example.org/factsheets/")]
    [InlineData("https://editor:secret@example.org/", "--base-url: 'https://editor:secret@example.org/' holds a user name or password; the public address of the site has none")]
    public void A_base_url_with_a_query_a_fragment_or_credentials_is_refused(string url, string expected)
    {
        var (code, _, error) = Build("--base-url", url);
        Assert.Equal(2, code);
        Assert.Contains(expected, error);
    }
}
