using System.CommandLine;
using Mcro.Cli.Output;
using Mcro.Review;

namespace Mcro.Cli;

/// <summary>mcro snapshot verify | accept: the team's own sheets, as a reader sees them, against a committed snapshot folder.</summary>
public sealed class SnapshotCommand : Command
{
    public SnapshotCommand() : base("snapshot", "Snapshot tests of the sheets: the figures and the text of every page, per edition, in a folder committed with the data")
    {
        Subcommands.Add(new SnapshotVerb("verify", "Build in memory and compare with the snapshots; a difference is reported as mcro diff reports it, and exits 1", accept: false));
        Subcommands.Add(new SnapshotVerb("accept", "Build in memory and write the snapshots (after reading what changed)", accept: true));
    }

    private sealed class SnapshotVerb : Command
    {
        private readonly Option<DirectoryInfo> _data = CommonOptions.Data();
        private readonly Option<DirectoryInfo> _templates = CommonOptions.Templates();
        private readonly Option<DirectoryInfo?> _snapshots = new("--snapshots")
        {
            Description = "The snapshot folder (default: snapshots/ beside the data folder)",
            HelpName = "DIR",
        };
        private readonly Option<DiffFormat> _format = DiffFormatOption.Create();
        private readonly bool _accept;

        public SnapshotVerb(string name, string description, bool accept) : base(name, description)
        {
            _accept = accept;
            Options.Add(_data);
            Options.Add(_templates);
            Options.Add(_snapshots);
            Options.Add(_format);
            SetAction(Run);
        }

        private int Run(ParseResult parse)
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var data = parse.GetValue(_data)!;
            var dataDisplay = CommonOptions.DisplayName(parse, _data);
            var snapshots = parse.GetValue(_snapshots)?.FullName ?? Path.Combine(Path.GetDirectoryName(data.FullName.TrimEnd(Path.DirectorySeparatorChar)) ?? ".", "snapshots");
            var snapshotsDisplay = parse.GetResult(_snapshots) is { Implicit: false } given ? given.Tokens[0].Value
                : Path.Combine(Path.GetDirectoryName(dataDisplay) ?? "", "snapshots").Replace('\\', '/');
            var templates = CommonOptions.TemplatesFolder(parse, _templates);
            var refused = SnapshotFolderGuard.Check(snapshots, snapshotsDisplay, (data.FullName, dataDisplay), templates);
            if (refused.Count > 0) return Refuse(refused, "nothing was read or written", output, error);
            if (!_accept && !SnapshotFolder.Exists(snapshots))
            {
                error.WriteLine($"{snapshotsDisplay}: no snapshots yet. Create them with `mcro snapshot accept{GivenOptions(parse)}`, read them, and commit the folder.");
                return ExitCodes.Problems;
            }

            var built = ReviewedSite.FromData(data.FullName, dataDisplay, templates);
            if (!built.Succeeded)
            {
                ProblemPrinter.Print(built.Problems, ProblemFormat.Text, output);
                error.WriteLine($"{built.Problems.Count} problem(s) found; the snapshots were not {(_accept ? "written" : "compared")}.");
                return ExitCodes.Problems;
            }
            var site = built.Value!;
            var committed = SnapshotFolder.Exists(snapshots) ? SnapshotFolder.Read(snapshots, snapshotsDisplay) : null;
            if (committed is { Problems.Count: > 0 })
                return Refuse(committed.Problems, $"the snapshots were not {(_accept ? "written" : "compared")}", output, error);
            // The snapshot side exactly as `mcro diff snapshots/ data/` reads it.
            var before = committed is null ? null : new ReviewedSite(null, committed.Value!, null);
            var editions = site.Files!.Select(f => Site.SiteLayout.UnitOf(f.Path)).Distinct(StringComparer.Ordinal).Count(u => Site.SiteLayout.EditionOf(u) is not null);
            return _accept
                ? Accept(site, before, editions, snapshots, snapshotsDisplay, output, error)
                : Verify(parse, site, before!, editions, data.FullName, dataDisplay, snapshotsDisplay);
        }

        private static int Accept(ReviewedSite site, ReviewedSite? before, int editions, string snapshots, string snapshotsDisplay, TextWriter output, TextWriter error)
        {
            var digest = site.Digest;
            var changes = before is null ? null : SiteComparer.Compare(before.Digest, digest, new FigureNames(site.Dataset));
            var written = SnapshotFolder.Write(snapshots, snapshotsDisplay, digest);
            if (written.Problems.Count > 0)
            {
                // What was written before the folder refused: the user sees what a second run will find.
                if (written.Value is { IsEmpty: false } partly) SnapshotWriteReport.Write(partly, editions, snapshotsDisplay, null, output);
                return Refuse(written.Problems, "the snapshots were not written", output, error);
            }
            SnapshotWriteReport.Write(written.Value!, editions, snapshotsDisplay, changes, output);
            return ExitCodes.Success;
        }

        /// <summary>The report of `mcro diff SNAPSHOTS DATA`, printed and summarised by the same code; what to do next on stderr.</summary>
        private int Verify(ParseResult parse, ReviewedSite site, ReviewedSite before, int editions, string data, string dataDisplay, string snapshotsDisplay)
        {
            var changes = DiffCommand.Compare(before, site, data);
            var title = $"mcro snapshot verify ({snapshotsDisplay} → {dataDisplay})";
            DiffPrinter.Print(changes, parse.GetValue(_format), parse.InvocationConfiguration.Output, title);
            var verdict = changes.IsEmpty
                ? $"the sheets match the snapshots in {snapshotsDisplay}/ ({editions} edition{(editions == 1 ? "" : "s")})"
                : $"The sheets differ from the snapshots in {snapshotsDisplay}/. If every change is intended, run `mcro snapshot accept{GivenOptions(parse)}` and commit the folder.";
            var error = parse.InvocationConfiguration.Error;
            error.WriteLine(verdict);
            GithubStepSummary.AppendChanges(changes, title, error, verdict);
            return changes.IsEmpty ? ExitCodes.Success : ExitCodes.Problems;
        }

        private static int Refuse(IReadOnlyList<Mcro.Diagnostics.Diagnostic> problems, string outcome, TextWriter output, TextWriter error)
        {
            ProblemPrinter.Print(problems, ProblemFormat.Text, output);
            error.WriteLine($"{problems.Count} problem(s) with the snapshot folder; {outcome}.");
            return ExitCodes.Problems;
        }

        /// <summary>The options the user gave, to repeat in a hint.</summary>
        private string GivenOptions(ParseResult parse) =>
            string.Concat(new Option[] { _data, _templates, _snapshots }
                .Select(o => parse.GetResult(o) is { Implicit: false } r && r.Tokens.Count > 0 ? $" {o.Name} {r.Tokens[0].Value}" : ""));
    }
}
