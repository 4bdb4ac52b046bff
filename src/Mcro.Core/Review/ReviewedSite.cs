using Mcro.Build;
using Mcro.Diagnostics;
using Mcro.Loading;
using Mcro.Model;
using Mcro.Site;

namespace Mcro.Review;

/// <summary>
/// One side of a comparison, read: a site's files (built or on disk), or a snapshot's digest; and the dataset it was
/// built from (for names), if any.
/// </summary>
public sealed record ReviewedSite(IReadOnlyList<SiteFile>? Files, SiteDigest? Snapshot, Dataset? Dataset)
{
    /// <summary>The data folder's tables and texts, when the side is a data folder or a revision of one: the report opens with their changes.</summary>
    public Data.DataTables? Tables { get; init; }

    /// <summary>A data side's draft years its pages leave out (none with --drafts).</summary>
    public IReadOnlyList<int> DraftsLeftOut { get; init; } = [];

    /// <summary>What a reader sees of the whole site.</summary>
    public SiteDigest Digest => Snapshot ?? SiteDigest.Of(Files!);

    /// <summary>
    /// Both sides' digests, for comparing: between two sites only the units (editions, the root) whose files differ are
    /// read page by page, since a unit of the same bytes on both sides shows a reader nothing new.
    /// </summary>
    public static (SiteDigest Before, SiteDigest After) Digests(ReviewedSite before, ReviewedSite after)
    {
        if (before.Files is null || after.Files is null) return (before.Digest, after.Digest);
        var old = before.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var now = after.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var changed = old.Keys.Union(now.Keys)
            .Where(path => !old.TryGetValue(path, out var was) || !now.TryGetValue(path, out var @is) || !was.AsSpan().SequenceEqual(@is))
            .Select(SiteLayout.UnitOf)
            .ToHashSet(StringComparer.Ordinal);
        return (SiteDigest.Of(before.Files, changed.Contains), SiteDigest.Of(after.Files, changed.Contains));
    }

    /// <summary>
    /// A built site folder (it holds <c>.mcro-site</c> or an <c>index.html</c>), a snapshot folder (<c>files.txt</c>), a data
    /// folder (<c>config.yaml</c>, built in memory with <paramref name="templates"/>), or <c>git:REV</c>: the data folder
    /// <paramref name="dataFolder"/> as that revision holds it.
    /// </summary>
    /// <param name="drafts">Build a data side's draft years too, as <c>mcro build --drafts</c> does.</param>
    public static Result<ReviewedSite> Read(string spec, string dataFolder, (string Folder, string Display) templates, bool drafts = false)
    {
        if (GitRevision.IsRevision(spec))
        {
            var temporary = Directory.CreateTempSubdirectory("mcro-rev-");
            try
            {
                var extracted = GitRevision.Extract(spec, dataFolder, temporary.FullName);
                if (!extracted.Succeeded) return Result<ReviewedSite>.Failed(extracted.Problems);
                // The data's files are named as in the work tree ("data/2019/offices.csv"), where the reviewer opens them.
                return FromData(temporary.FullName, spec, templates, WorkTreeName(dataFolder), drafts);
            }
            finally
            {
                temporary.Delete(recursive: true);
            }
        }
        if (string.IsNullOrWhiteSpace(spec))
            return Result<ReviewedSite>.Failed(new Diagnostic(SourceLocation.OfFile("''"), ProblemCode.Usage, "a side is empty; give a site folder, a data folder, a snapshot folder or git:REVISION"));
        var folder = Path.GetFullPath(spec);
        if (File.Exists(Path.Combine(folder, "config.yaml"))) return LinksStayInside(folder, spec) is { Count: > 0 } links ? Result<ReviewedSite>.Failed(links) : FromData(folder, spec, templates, drafts: drafts);
        if (File.Exists(Path.Combine(folder, SiteLayout.Marker)) || File.Exists(Path.Combine(folder, SiteLayout.Landing))) return FromSite(folder, spec);
        if (SnapshotFolder.Exists(folder))
        {
            // A link committed into a snapshot folder is named, never read through: the report would print its target.
            var snapshot = SnapshotFolder.Read(folder, spec);
            return snapshot.Problems.Count > 0 ? Result<ReviewedSite>.Failed(snapshot.Problems) : Result<ReviewedSite>.Ok(new ReviewedSite(null, snapshot.Value!, null));
        }
        return Result<ReviewedSite>.Failed(new Diagnostic(SourceLocation.OfFile(spec), ProblemCode.Usage, Directory.Exists(folder)
            ? $"{spec} is neither a built site (index.html, {SiteLayout.Marker}), a data folder (config.yaml) nor a snapshot folder ({SiteDigest.FileList})"
            : $"{spec} does not exist; give a site folder, a data folder or git:REVISION"));
    }

    /// <summary>A data folder built in memory, every year in every edition, as <c>mcro build</c> would write it.</summary>
    /// <param name="tablesDisplay">The name the data's files are reported under; the side's own by default.</param>
    public static Result<ReviewedSite> FromData(string folder, string display, (string Folder, string Display) templates, string? tablesDisplay = null, bool drafts = false)
    {
        var sink = new MemorySink();
        var request = new BuildRequest(folder, display, templates.Folder, templates.Display, "", "", null, null, null) { Drafts = drafts };
        var outcome = BuildPipeline.RunInMemory(request, sink);
        if (outcome is BuildOutcome.Failed failed) return Result<ReviewedSite>.Failed(failed.Problems);
        var dataset = DatasetLoader.Load(folder, display).Value;
        return Result<ReviewedSite>.Ok(new ReviewedSite(sink.Files, null, dataset)
        {
            Tables = Data.DataTables.Read(folder, tablesDisplay ?? display),
            DraftsLeftOut = drafts ? [] : [.. YearSettingsLoader.Drafts(folder, DatasetLoader.FindYears(new DataFolder(folder, display, new DiagnosticBag()))).Order()],
        });
    }

    /// <summary>A folder of the work tree as the user would type it: relative to the current folder when inside it.</summary>
    private static string WorkTreeName(string folder)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(folder));
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? folder : relative).Replace('\\', '/');
    }

    /// <summary>
    /// The links of a data side that lead out of it or round in a loop. The loader follows links (a year folder may be
    /// one); a side of a comparison, often a pull request's, may not reach outside itself.
    /// </summary>
    private static IReadOnlyList<Diagnostic> LinksStayInside(string folder, string display)
    {
        var bag = new DiagnosticBag();
        SideFolder.Files(folder, display, bag, path => path == ".git");
        return [.. bag.ToSortedList().Where(p => p.Code == ProblemCode.LinkOutside || p.Code == ProblemCode.LinkLoop || p.Code == ProblemCode.TooManyFiles)];
    }

    /// <summary>A built site on disk, every file of it, read only inside the folder: each file that cannot be read is a problem naming it.</summary>
    private static Result<ReviewedSite> FromSite(string folder, string display)
    {
        var bag = new DiagnosticBag();
        var entries = SideFolder.Files(folder, display, bag, path => path.StartsWith(".mcro", StringComparison.Ordinal));
        var read = entries.AsParallel().AsOrdered()
            .Select(entry =>
            {
                var own = new DiagnosticBag();
                return (entry.Path, Bytes: TextFileDecoder.ReadBytes(entry.Real, SideFolder.Display(display, entry.Path), own), Problems: own.ToSortedList());
            })
            .ToList();
        foreach (var file in read) bag.AddRange(file.Problems);
        if (bag.Count > 0) return Result<ReviewedSite>.Failed(bag.ToSortedList());
        return Result<ReviewedSite>.Ok(new ReviewedSite([.. read.Select(file => new SiteFile(file.Path, file.Bytes!))], null, null));
    }
}
