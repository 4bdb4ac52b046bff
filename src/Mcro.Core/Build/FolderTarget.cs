using Mcro.Diagnostics;
using Mcro.Producers;
using Mcro.Site;

namespace Mcro.Build;

/// <summary>
/// An output folder: checked (never the data or templates, never a folder of someone else's), then locked for the
/// whole build, so that what it holds is read, planned from and written by this build alone.
/// </summary>
internal sealed class FolderTarget : IOutputTarget
{
    private readonly string _folder;
    private readonly SiteTransaction _transaction;

    private FolderTarget(string folder, SiteTransaction transaction)
    {
        _folder = folder;
        _transaction = transaction;
    }

    public static Result<IOutputTarget> Open(BuildRequest request)
    {
        var problems = OutputFolderGuard.Check(request.OutputFolder, request.OutputDisplay,
            (request.DataFolder, request.DataDisplay), (request.TemplatesFolder, request.TemplatesDisplay));
        return problems.Count > 0
            ? Result<IOutputTarget>.Failed(problems)
            : Result<IOutputTarget>.Ok(new FolderTarget(request.OutputFolder, SiteWriter.Open(request.OutputFolder)));
    }

    public string Detail => "ok";

    public LastBuild LastBuild(BuildRequest request) => Build.LastBuild.Of(request, _transaction.Previous);

    public ISiteSink Sink => _transaction.Sink;

    public bool StillThere(string sheet) => OutputFiles.Resolve(_folder, sheet) is { } path && File.Exists(path);

    public WriteReport Commit(SitePlan plan, SiteSummary summary, Produced produced, InputFingerprint? inputs) =>
        _transaction.Commit(new CommitRequest(inputs?.Whole, summary.Years, summary.Editions, summary.Pages, summary.Charts, KeepUnit: plan.Kept.Contains)
        {
            Shared = inputs?.Shared,
            Years = inputs?.Years ?? new Dictionary<int, string>(),
        });

    public void Dispose() => _transaction.Dispose();
}
