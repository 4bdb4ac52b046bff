using Mcro.Site;

namespace Mcro.Tests.Robustness;

/// <summary>Which folders may receive the site: mcro replaces whole folders there, so a wrong --out must be refused first.</summary>
public sealed class OutputFolderGuardTests() : TempFolderTest("mcro-guard-")
{
    private string Data => Work.PathOf("repo/data");

    private string Templates => Work.PathOf("repo/templates");

    private IReadOnlyList<string> Check(string output) =>
        [.. OutputFolderGuard.Check(output, "out", (Data, "data"), (Templates, "templates")).Select(d => d.ToString())];

    private string Folder(string relative, params string[] files) => Work.Folder(relative, files);

    [Fact]
    public void A_new_an_empty_and_a_marked_folder_are_accepted()
    {
        Assert.Empty(Check(Work.PathOf("new")));
        Assert.Empty(Check(Folder("empty")));
        Assert.Empty(Check(Folder("site", SiteMarker.FileName, "index.html", "CNAME", "notes.txt")));
    }

    [Fact]
    public void A_folder_holding_only_placeholders_counts_as_empty_like_the_repositorys_own_output_folder()
    {
        Assert.Empty(Check(Folder("placeholders", ".gitkeep", ".nojekyll", "CNAME")));
        Assert.Empty(Check(Path.Combine(RepositoryRoot.Path, "output")));
    }

    [Fact]
    public void A_folder_whose_files_merely_have_the_names_mcro_writes_is_not_taken_over()
    {
        // A hand-written page and stylesheet: without the marker nothing says they are mcro's to replace.
        var problem = Assert.Single(Check(Folder("hand-written", "index.html", "assets/site.css")));
        Assert.Contains("'assets', 'index.html'", problem);
        Assert.Single(Check(Folder("old-looking", "index.html", "sitemap.xml", "2019/sr/index.html", "2019/en/indicators.json")));
    }

    [Theory]
    [InlineData("home", new[] { ".bashrc", "Documents/cv.odt" })]
    [InlineData("src", new[] { "Mcro.Core/Site/SiteWriter.cs" })]
    [InlineData("almost-a-site", new[] { "index.html", "2019/sr/index.html", "thesis.docx" })]
    [InlineData("years-only", new[] { "2019/offices.csv" })]
    [InlineData("someone-elses-static-site", new[] { "index.html", "assets/site.css", "assets/js/app.js" })]
    [InlineData("a-page-and-a-stylesheet", new[] { "index.html", "assets/style.css" })]
    [InlineData("notes-in-an-edition", new[] { "index.html", "2019/sr/index.html", "2019/sr/notes.txt" })]
    [InlineData("photos-in-a-year", new[] { "index.html", "2019/photos/a.jpg" })]
    public void A_folder_holding_anything_else_is_refused_naming_what_it_holds(string name, string[] files)
    {
        var problem = Assert.Single(Check(Folder(name, files)));
        Assert.StartsWith("out: --out holds other files than an mcro site (no .mcro-site in it, and it has '", problem);
    }

    [Fact]
    public void A_file_is_refused()
    {
        File.WriteAllText(Work.PathOf("taken"), "a file");
        Assert.Equal(["out: --out is a file, not a folder; give the folder the site goes into"], Check(Work.PathOf("taken")));
    }

    [Fact]
    public void The_data_and_templates_folders_what_is_inside_them_and_what_holds_them_are_refused_even_when_empty()
    {
        Directory.CreateDirectory(Data);
        Assert.Contains("--out is the data folder", Assert.Single(Check(Data)));
        Assert.Contains("--out is inside the data folder", Assert.Single(Check(Path.Combine(Data, "2019"))));
        Assert.Contains("--out is the templates folder", Assert.Single(Check(Templates + "/")));
        Assert.Contains("--out is inside the templates folder", Assert.Single(Check(Path.Combine(Templates, "out"))));
        // The repository root: `--out .` run from the checkout.
        Assert.Equal(["out: --out holds the data folder (data); the site goes into a folder of its own, such as output"], Check(Work.PathOf("repo")));
        Assert.Contains("--out holds the data folder", Assert.Single(Check(Work.Path)));
    }

    [Fact]
    public void A_sibling_whose_name_starts_like_the_data_folder_is_not_inside_it()
    {
        Assert.Empty(Check(Work.PathOf("repo/data-site")));
    }

    [Fact]
    public void A_link_does_not_carry_the_site_into_the_data_folder()
    {
        Directory.CreateDirectory(Data);
        var link = Work.PathOf("link-to-data");
        Directory.CreateSymbolicLink(link, Data);

        Assert.Contains("--out is inside the data folder", Assert.Single(Check(Path.Combine(link, "site"))));
        Assert.Contains("--out is the data folder", Assert.Single(Check(link)));
    }
}
