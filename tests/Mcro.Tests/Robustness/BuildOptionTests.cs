using Mcro.Site;
using Mcro.Tests.Site;

namespace Mcro.Tests.Robustness;

/// <summary>
/// Options that cannot work are refused with a clear message before anything is deleted or written: above all an
/// --out that holds something else than an mcro site (`--out ~`, `--out src`, the repository root).
/// </summary>
public sealed class BuildOptionTests() : TempFolderTest("mcro-options-")
{
    private string Out => Work.PathOf("out");

    private static CliRun Build(string output, params string[] extra) =>
        CliRun.Build(SiteFixture.DataFolder, SiteFixture.TemplatesFolder, output, extra);

    [Fact]
    public void An_unknown_option_is_refused_naming_it()
    {
        var run = Build(Out, "--lnag", "sr");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown option '--lnag'; did you mean `--lang`?", run.Error);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void A_year_without_data_is_refused_listing_the_years_there_are()
    {
        var run = Build(Out, "--year", "2030");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no data for 2030; years available: 2018, 2019", run.Output);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void A_year_that_is_not_a_year_is_refused()
    {
        var run = Build(Out, "--year", "20x9");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--year: '20x9' is not a year", run.Error);
        Assert.False(Directory.Exists(Out));
    }

    [Theory]
    [InlineData("--lang", "sr\n", "--lang: 'sr\\n' is not a language tag")]
    [InlineData("--lang", "sr\t,en", "--lang: 'sr\\t' is not a language tag")]
    [InlineData("--lang", "\u001B[31msr", "--lang: '\\u001B[31msr' is not a language tag")]
    [InlineData("--year", "2019\r\n", "--year: '2019\\r\\n' is not a year")]
    public void A_hidden_character_typed_into_a_list_option_is_refused_as_typed_never_trimmed_away(string option, string value, string message)
    {
        var run = Build(Out, option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Spaces_around_the_commas_of_a_list_are_still_read()
    {
        var run = Build(Out, "--year", "2019", "--lang", "sr, en");
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("(2019 × sr, en)", run.Output);
    }

    [Fact]
    public void An_unknown_edition_is_refused_listing_the_editions_there_are()
    {
        var run = Build(Out, "--lang", "sr-Latn-RS");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--lang sr-Latn-RS: this dataset has no such edition; its editions are sq, sr, sr-Cyrl, en", run.Output);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void All_years_and_all_editions_are_built_when_asked_for_by_name()
    {
        var run = Build(Out, "--year", "all", "--lang", "all");
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("built 8 edition(s) (2018, 2019 × sq, sr, sr-Cyrl, en)", run.Output);
    }

    [Theory]
    [InlineData("--year", "")]
    [InlineData("--year", ",")]
    [InlineData("--lang", "")]
    [InlineData("--lang", ",,,")]
    public void An_option_given_without_a_value_is_refused_rather_than_building_nothing(string option, string value)
    {
        var run = Build(Out, option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{option}: give a", run.Error);
        Assert.False(Directory.Exists(Out));
    }

    [Theory]
    [InlineData("home", new[] { ".bashrc", "Documents/letter.odt", "2019/sr/index.html" })]
    [InlineData("src", new[] { "Mcro.Core/Site/SiteWriter.cs", "Mcro.Cli/Program.cs" })]
    [InlineData("photos", new[] { "index.html", "2019/sr/holiday.jpg", "album.txt" })]
    public void A_folder_with_other_files_is_refused_and_left_exactly_as_it_was(string name, string[] files)
    {
        var folder = Work.Folder(name, files);
        var before = FolderSnapshot.Of(folder);

        var run = Build(folder, "--year", "2019", "--lang", "sr");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{folder}: --out holds other files than an mcro site (no .mcro-site in it", run.Output);
        Assert.Contains("nothing was written", run.Error);
        Assert.Equal(before, FolderSnapshot.Of(folder));
    }

    [Fact]
    public void The_repository_root_is_refused_because_it_holds_the_data_folder()
    {
        var repo = Work.Folder("repo", "README.md", "src/Program.cs");
        var data = Path.Combine(repo, "data");
        FolderCopy.Copy(SiteFixture.DataFolder, data);
        var before = FolderSnapshot.Of(repo);

        var run = CliRun.Build(data, SiteFixture.TemplatesFolder, repo);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"--out holds the data folder ({data})", run.Output);
        Assert.Equal(before, FolderSnapshot.Of(repo));
    }

    [Fact]
    public void The_data_and_templates_folders_are_refused()
    {
        var data = Work.PathOf("data");
        FolderCopy.Copy(SiteFixture.DataFolder, data);
        var before = FolderSnapshot.Of(data);

        var intoData = CliRun.Build(data, SiteFixture.TemplatesFolder, Path.Combine(data, "site"));
        var intoTemplates = CliRun.Build(data, SiteFixture.TemplatesFolder, SiteFixture.TemplatesFolder);

        Assert.Equal(1, intoData.ExitCode);
        Assert.Contains("--out is inside the data folder", intoData.Output);
        Assert.Equal(1, intoTemplates.ExitCode);
        Assert.Contains("--out is the templates folder", intoTemplates.Output);
        Assert.Equal(before, FolderSnapshot.Of(data));
    }

    [Fact]
    public void An_output_that_is_a_file_is_refused_and_the_file_kept()
    {
        File.WriteAllText(Out, "a file, not a folder");
        var run = Build(Out);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--out is a file, not a folder", run.Output);
        Assert.Equal("a file, not a folder", File.ReadAllText(Out));
    }

    [Fact]
    public void A_site_mcro_built_is_rebuilt_and_files_added_beside_its_editions_are_kept()
    {
        Assert.Equal(0, Build(Out, "--year", "2019", "--lang", "sr").ExitCode);
        Assert.True(File.Exists(Path.Combine(Out, SiteMarker.FileName)));
        File.WriteAllText(Path.Combine(Out, "CNAME"), "factsheets.example.org");

        Assert.Equal(0, Build(Out, "--year", "2019").ExitCode);
        Assert.Equal("factsheets.example.org", File.ReadAllText(Path.Combine(Out, "CNAME")));
        Assert.True(File.Exists(Path.Combine(Out, "2019", "en", "index.html")));
    }

    [Fact]
    public void A_site_without_its_marker_is_refused_rather_than_guessed_at()
    {
        Assert.Equal(0, Build(Out, "--year", "2019", "--lang", "sr").ExitCode);
        File.Delete(Path.Combine(Out, SiteMarker.FileName));
        var before = File.ReadAllText(Path.Combine(Out, "index.html"));

        var run = Build(Out, "--year", "2019", "--lang", "sr");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--out holds other files than an mcro site", run.Output);
        Assert.Equal(before, File.ReadAllText(Path.Combine(Out, "index.html")));
    }
}
