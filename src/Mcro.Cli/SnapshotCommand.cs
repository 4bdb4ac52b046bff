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
            var digest = site.Digest;
            var editions = digest.Units.Count(u => Site.SiteLayout.EditionOf(u) is not null);
            var committed = SnapshotFolder.Exists(snapshots) ? SnapshotFolder.Read(snapshots, snapshotsDisplay) : null;
            if (committed is { Problems.Count: > 0 })
                return Refuse(committed.Problems, $"the snapshots were not {(_accept ? "written" : "compared")}", output, error);
            if (_accept)
            {
                var changes = committed is null ? null : SiteComparer.Compare(committed.Value!, digest, new FigureNames(site.Dataset));
                var unwritten = SnapshotFolder.Write(snapshots, snapshotsDisplay, digest);
                if (unwritten.Count > 0) return Refuse(unwritten, "the snapshots were not written", output, error);
                output.WriteLine(changes is null
                    ? $"wrote the snapshots of {editions} edition(s) to {snapshotsDisplay}/"
                    : $"wrote the snapshots of {editions} edition(s) to {snapshotsDisplay}/: {DiffTotal.Of(changes)}");
                return ExitCodes.Success;
            }
            var found = SiteComparer.Compare(committed!.Value!, digest, new FigureNames(site.Dataset));
            if (found.IsEmpty)
            {
                var match = $"the sheets match the snapshots in {snapshotsDisplay}/ ({editions} edition(s))";
                output.WriteLine(match);
                _ = GithubStepSummary.Append(s => s.WriteLine($"**mcro snapshot verify: {match}**\n"), error);
                return ExitCodes.Success;
            }
            var title = $"mcro snapshot verify ({snapshotsDisplay} → {dataDisplay})";
            var hint = $"The sheets differ from the snapshots in {snapshotsDisplay}/. If every change is intended, run `mcro snapshot accept{GivenOptions(parse)}` and commit the folder.";
            DiffPrinter.Print(found, parse.GetValue(_format), output, title);
            error.WriteLine(hint);
            GithubStepSummary.AppendChanges(found, title, error, hint);
            return ExitCodes.Problems;
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
