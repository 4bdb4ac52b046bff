using Mcro.Build;
using Mcro.BrowserTests.Tools;

namespace Mcro.BrowserTests.SampleSite;

/// <summary>
/// The bundled sample site (data/ and templates/, every year and edition), built once per test run
/// into a temporary folder, as `mcro build` writes it.
/// </summary>
public sealed class BuiltSite
{
    private static readonly Lazy<BuiltSite> Sample = new(BuildSample);

    private BuiltSite(string root) => Root = root;

    public static BuiltSite TheSample => Sample.Value;

    public string Root { get; }

    /// <summary>Every page a reader can open: the landing page and each edition's sheet.</summary>
    public IReadOnlyList<string> Pages => Files("*.html");

    /// <summary>Every chart written as its own file.</summary>
    public IReadOnlyList<string> ChartFiles => Files("*.svg");

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    public Uri UrlOf(string relative) => new(PathOf(relative));

    /// <summary>A copy of this site in a new temporary folder, for a test to break on purpose.</summary>
    public MutableSite Copy()
    {
        var copy = RunFolder.NewFolder("broken-site");
        FolderCopy.Copy(Root, copy);
        return new MutableSite(new BuiltSite(copy));
    }

    private IReadOnlyList<string> Files(string pattern) =>
        Directory.EnumerateFiles(Root, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    private static BuiltSite BuildSample() => Build(RunFolder.NewFolder("sample-site"), null, null);

    /// <summary>The sample data built as `mcro build --year … --lang …` would, into <paramref name="root"/> (new or an earlier build).</summary>
    /// <param name="chromium">Print every sheet's PDF leaflet with this browser too (mcro build --pdf --chromium …); null: no leaflets.</param>
    public static BuiltSite Build(string root, IReadOnlyList<int>? years, IReadOnlyList<string>? languages, string? chromium = null)
    {
        var outcome = BuildPipeline.Run(new BuildRequest(RepositoryRoot.Data, "data", RepositoryRoot.Templates, "templates", root, root, years, languages, null)
        {
            Leaflets = chromium is not null,
            Chromium = chromium,
        });
        if (outcome is BuildOutcome.Failed failed)
            throw new InvalidOperationException("the sample site does not build: " + string.Join("; ", failed.Problems.Select(p => p.ToString())));
        return new BuiltSite(root);
    }
}
