using Mcro.Build;
using Mcro.Diagnostics;
using Mcro.Loading;
using Mcro.Model;
using Mcro.Site;

namespace Mcro.Review;

/// <summary>One side of a comparison, read: what a reader sees of it, and the dataset it was built from (for names), if any.</summary>
public sealed record ReviewedSite(SiteDigest Digest, Dataset? Dataset)
{
    /// <summary>
    /// A built site folder (it holds <c>.mcro-site</c> or an <c>index.html</c>), a snapshot folder (<c>files.txt</c>), a data
    /// folder (<c>config.yaml</c>, built in memory with <paramref name="templates"/>), or <c>git:REV</c>: the data folder
    /// <paramref name="dataFolder"/> as that revision holds it.
    /// </summary>
    public static Result<ReviewedSite> Read(string spec, string dataFolder, (string Folder, string Display) templates)
    {
        if (GitRevision.IsRevision(spec))
        {
            var temporary = Directory.CreateTempSubdirectory("mcro-rev-");
            try
            {
                var extracted = GitRevision.Extract(spec, dataFolder, temporary.FullName);
                return extracted.Succeeded ? FromData(temporary.FullName, spec, templates) : Result<ReviewedSite>.Failed(extracted.Problems);
            }
            finally
            {
                temporary.Delete(recursive: true);
            }
        }
        var folder = Path.GetFullPath(spec);
        if (File.Exists(Path.Combine(folder, "config.yaml"))) return FromData(folder, spec, templates);
        if (File.Exists(Path.Combine(folder, SiteLayout.Marker)) || File.Exists(Path.Combine(folder, SiteLayout.Landing)))
            return Result<ReviewedSite>.Ok(new ReviewedSite(SiteDigest.Of(ReadSite(folder)), null));
        if (SnapshotFolder.Exists(folder)) return Result<ReviewedSite>.Ok(new ReviewedSite(SnapshotFolder.Read(folder), null));
        return Result<ReviewedSite>.Failed(new Diagnostic(SourceLocation.OfFile(spec), "usage", Directory.Exists(folder)
            ? $"{spec} is neither a built site (index.html, {SiteLayout.Marker}), a data folder (config.yaml) nor a snapshot folder ({SiteDigest.FileList})"
            : $"{spec} does not exist; give a site folder, a data folder or git:REVISION"));
    }

    /// <summary>A data folder built in memory, every year in every edition, as <c>mcro build</c> would write it.</summary>
    public static Result<ReviewedSite> FromData(string folder, string display, (string Folder, string Display) templates)
    {
        var sink = new MemorySink();
        var request = new BuildRequest(folder, display, templates.Folder, templates.Display, "", "", null, null, null);
        var outcome = BuildPipeline.RunInMemory(request, sink);
        if (outcome is BuildOutcome.Failed failed) return Result<ReviewedSite>.Failed(failed.Problems);
        var dataset = DatasetLoader.Load(folder, display).Value;
        return Result<ReviewedSite>.Ok(new ReviewedSite(SiteDigest.Of(sink.Files), dataset));
    }

    private static IEnumerable<SiteFile> ReadSite(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => !path.StartsWith(".mcro", StringComparison.Ordinal))
            .Select(path => new SiteFile(path, File.ReadAllBytes(Path.Combine(folder, path))));
}
