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

    /// <summary>Every municipality's profile ({year}/{edition}/municipalities/{code}/index.html).</summary>
    public IReadOnlyList<string> Profiles => [.. Pages.Where(IsProfile)];

    /// <summary>Every page that is not a profile: the sheets, landing pages, trends pages and municipality indexes.</summary>
    public IReadOnlyList<string> PagesButProfiles => [.. Pages.Where(p => !IsProfile(p))];

    /// <summary>
    /// Profiles of every kind in every edition, for the checks too slow for all of them (axe, screen widths): a MOCR
    /// (Prizren 2019), one left out of every task (Junik 2018) and of one (Mamuša 2018), a similar office (Leposavić 2019).
    /// </summary>
    public static IReadOnlyList<string> ProfileSample { get; } =
        [.. new[] { "sq", "sr", "sr-Cyrl", "en" }.SelectMany(e => new[] { $"2019/{e}/municipalities/prizren/index.html",
            $"2018/{e}/municipalities/junik/index.html", $"2018/{e}/municipalities/mamushe/index.html", $"2019/{e}/municipalities/leposaviq/index.html" })];

    /// <summary>A profile lies four folders down ({year}/{edition}/municipalities/{code}); the edition's municipality index is not one.</summary>
    private bool IsProfile(string page) => Relative(page).Split('/') is [var year, _, "municipalities", _, "index.html"] && year.All(char.IsAsciiDigit);

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
