
namespace Mcro.Tests.Site;

/// <summary>
/// An edition the dataset no longer has (a year taken out of the data, the Cyrillic edition switched off) is removed
/// from the site: it would otherwise stay published, unlinked and out of date. Editions not built this time stay.
/// </summary>
public sealed class StaleEditionTests : TempFolderTest
{

    private string Data => Work.PathOf("data");

    private string Out => Work.PathOf("out");

    private CliRun Build(params string[] extra) =>
        CliRun.Of(["build", "--data", Data, "--templates", SiteFixture.TemplatesFolder, "--out", Out, .. extra]);

    public StaleEditionTests() : base("mcro-stale-") => FolderCopy.Copy(SiteFixture.DataFolder, Data);

    [Fact]
    public void A_year_taken_out_of_the_data_is_taken_off_the_site()
    {
        Assert.Equal(0, Build().ExitCode);
        Directory.Delete(Path.Combine(Data, "2018"), recursive: true);

        var run = Build();

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.False(Directory.Exists(Path.Combine(Out, "2018")));
        Assert.True(File.Exists(Path.Combine(Out, "2019", "sr", "index.html")));
        Assert.DoesNotContain("2018/", File.ReadAllText(Path.Combine(Out, "index.html")));
    }

    [Fact]
    public void A_dropped_edition_is_taken_off_the_site_and_editions_not_built_now_stay()
    {
        Assert.Equal(0, Build().ExitCode);
        var config = Path.Combine(Data, "config.yaml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("cyrillic_edition: true", "cyrillic_edition: false"));

        var run = Build("--year", "2019", "--lang", "sr");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.False(Directory.Exists(Path.Combine(Out, "2019", "sr-Cyrl")));
        Assert.False(Directory.Exists(Path.Combine(Out, "2018", "sr-Cyrl")));
        Assert.True(File.Exists(Path.Combine(Out, "2018", "sq", "index.html")));
        Assert.True(File.Exists(Path.Combine(Out, "2018", "en", "index.html")));
    }
}
