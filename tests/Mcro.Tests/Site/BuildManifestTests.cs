using Mcro.Site;

namespace Mcro.Tests.Site;

/// <summary>A rebuild with nothing changed skips the work; any change of input or output makes it build again, and correctly.</summary>
public sealed class BuildManifestTests : TempFolderTest
{

    private string Out => Work.PathOf("out");

    private string Data => Work.PathOf("data");

    private (int Code, string Output) Build(params string[] extra)
    {
        var run = CliRun.Of(["build", "--data", Data, "--templates", SiteFixture.TemplatesFolder, "--out", Out, .. extra]);
        return (run.ExitCode, run.Output + run.Error);
    }

    public BuildManifestTests() : base("mcro-manifest-") => FolderCopy.Copy(SiteFixture.DataFolder, Data);

    [Fact]
    public void An_unchanged_rebuild_does_nothing_and_says_so_with_the_same_summary()
    {
        var first = Build("--year", "2019");
        var again = Build("--year", "2019");

        Assert.Equal(0, again.Code);
        Assert.Contains("nothing to do", again.Output);
        Assert.Contains("built 4 edition(s) (2019 × sq, sr, sr-Cyrl, en): 45 page(s), 104 chart(s); 0 file(s) written,", again.Output);
        Assert.Contains("built 4 edition(s) (2019 × sq, sr, sr-Cyrl, en): 45 page(s), 104 chart(s);", first.Output);
    }

    [Fact]
    public void An_edited_or_deleted_output_file_is_built_again()
    {
        Build();
        var page = Path.Combine(Out, "2019", "sr", "index.html");
        var original = File.ReadAllBytes(page);
        File.AppendAllText(page, "edited");
        File.Delete(Path.Combine(Out, "2018", "en", "charts", "core-tasks.svg"));

        var (code, output) = Build();

        Assert.Equal(0, code);
        Assert.Contains("output changed since", output);
        Assert.Equal(original, File.ReadAllBytes(page));
        Assert.True(File.Exists(Path.Combine(Out, "2018", "en", "charts", "core-tasks.svg")));
        Assert.Contains("nothing to do", Build().Output);
    }

    [Fact]
    public void A_users_file_in_an_edition_folder_is_neither_removed_nor_a_reason_to_rebuild()
    {
        Build();
        File.WriteAllText(Path.Combine(Out, "2019", "en", "reviewed.txt"), "not ours");

        var (_, output) = Build();

        Assert.Contains("nothing to do", output);
        Assert.True(File.Exists(Path.Combine(Out, "2019", "en", "reviewed.txt")));
    }

    [Fact]
    public void An_input_edited_while_a_build_runs_is_never_recorded_as_built_even_once_the_edit_is_undone()
    {
        var staff = Path.Combine(Data, "2019", "staff.csv");
        var original = File.ReadAllText(staff);
        // The edit lands just before the build reads the data; it is undone before the build writes its manifest.
        var observer = new EditDuringBuild(
            onLoad: () => File.AppendAllText(staff, "prizren,staff,serbian,female\n"),
            onWrite: () => File.WriteAllText(staff, original));
        var during = Mcro.Build.BuildPipeline.Run(Request(), observer);
        Assert.True(during is Mcro.Build.BuildOutcome.Built, string.Join("\n", (during as Mcro.Build.BuildOutcome.Failed)?.Problems ?? []));
        Assert.Equal(original, File.ReadAllText(staff));

        var (_, output) = Build();

        Assert.Contains("inputs changed", output);
        Assert.DoesNotContain("nothing to do", output);
    }

    private Mcro.Build.BuildRequest Request() =>
        new(Data, "data", SiteFixture.TemplatesFolder, "templates", Out, "out", null, null, null);

    private sealed class EditDuringBuild(Action onLoad, Action onWrite) : Mcro.Build.IBuildObserver
    {
        public void StepStarted(string name)
        {
            if (name == "load") onLoad();
            if (name == "write") onWrite();
        }

        public void StepDone(Mcro.Build.BuildStep step)
        {
        }
    }

    [Fact]
    public void A_changed_input_or_request_builds_again()
    {
        Build("--lang", "en");
        File.AppendAllText(Path.Combine(Data, "2019", "staff.csv"), "prizren,staff,serbian,female\n");
        Assert.Contains("inputs changed", Build("--lang", "en").Output);
        Assert.Contains("inputs changed", Build("--lang", "sq").Output);
        Assert.Contains("inputs changed", Build("--lang", "sq", "--base-url", "https://example.org/").Output);
        Directory.CreateDirectory(Path.Combine(Data, "20x9"));
        var (code, output) = Build("--lang", "sq", "--base-url", "https://example.org/");
        Assert.Equal(1, code);
        Assert.Contains("looks like a year", output);
    }

    [Fact]
    public void The_skipped_build_leaves_the_same_bytes_as_a_full_build()
    {
        Build();
        var skipped = Snapshot(Out);
        File.Delete(Path.Combine(Out, SiteLayout.Manifest));
        Assert.Contains("none recorded", Build().Output);
        Assert.Equal(skipped, Snapshot(Out));
    }

    [Fact]
    public void A_damaged_manifest_only_costs_a_full_build()
    {
        Build();
        File.WriteAllText(Path.Combine(Out, SiteLayout.Manifest), "mcro build manifest 1\nnot what it should be\n");
        var (code, output) = Build();
        Assert.Equal(0, code);
        Assert.Contains("none recorded", output);
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToBase64String(File.ReadAllBytes(f)));
}
