using System.CommandLine;
using Mcro.Cli.Output;
using Mcro.Review;
using Mcro.Review.Data;

namespace Mcro.Cli;

/// <summary>mcro diff OLD NEW: what a reader would see change between two sites, data folders or git revisions.</summary>
public sealed class DiffCommand : Command
{
    private readonly Argument<string> _old = new("OLD") { Description = "A built site folder, a data folder (built in memory), a snapshot folder, or git:REVISION (git:main, git:HEAD~1)" };
    private readonly Argument<string> _new = new("NEW") { Description = "The same kinds as OLD" };
    private readonly Option<DiffFormat> _format = DiffFormatOption.Create();
    private readonly Option<DirectoryInfo> _data = CommonOptions.Data();
    private readonly Option<DirectoryInfo> _templates = CommonOptions.Templates();
    private readonly Option<bool> _drafts = new("--drafts")
    {
        Description = "Compare the pages of draft years too (year.yaml: status: draft), as mcro build --drafts builds them; without it their data's changes are listed and their pages left out",
    };

    public DiffCommand() : base("diff", "Report what a reader would see change, per edition: figures, texts, charts, pages and downloads. Exit 0: nothing changed, 1: something did, 2: bad arguments")
    {
        Arguments.Add(_old);
        Arguments.Add(_new);
        Options.Add(_format);
        _data.Description = "The data folder a git:REVISION side is read from (and names are taken from when a side is a site folder)";
        Options.Add(_data);
        Options.Add(_templates);
        Options.Add(_drafts);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var error = parse.InvocationConfiguration.Error;
        var templates = CommonOptions.TemplatesFolder(parse, _templates);
        var data = parse.GetValue(_data)!.FullName;
        var (oldSpec, newSpec) = (parse.GetValue(_old)!, parse.GetValue(_new)!);
        // A git side reads the folder the other side names, when that is a data folder: `mcro diff data git:HEAD`.
        string DataFor(string other) => !GitRevision.IsRevision(other) && File.Exists(Path.Combine(other, "config.yaml")) ? other : data;

        var sides = new[] { (oldSpec, DataFor(newSpec)), (newSpec, DataFor(oldSpec)) }
            .AsParallel().AsOrdered()
            .Select(side => ReviewedSite.Read(side.Item1, side.Item2, templates, parse.GetValue(_drafts)))
            .ToList();
        var problems = sides.SelectMany(s => s.Problems).ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems) error.WriteLine(problem.ToString());
            error.WriteLine("mcro diff: cannot compare (see above).");
            return ExitCodes.Usage;
        }
        var changes = Compare(sides[0].Value!, sides[1].Value!, data);
        DiffPrinter.Print(changes, parse.GetValue(_format), parse.InvocationConfiguration.Output, $"mcro diff {oldSpec} {newSpec}");
        GithubStepSummary.AppendChanges(changes, $"mcro diff {oldSpec} {newSpec}", error);
        return changes.IsEmpty ? ExitCodes.Success : ExitCodes.Problems;
    }

    /// <summary>
    /// What changed between two sides as read: the comparison this command reports. `mcro snapshot verify` compares
    /// through it too, so that its report is this one.
    /// </summary>
    /// <param name="data">The data folder names are taken from when neither side has a dataset.</param>
    public static SiteChanges Compare(ReviewedSite before, ReviewedSite after, string data)
    {
        var names = new FigureNames(after.Dataset ?? before.Dataset ?? NamesFrom(data));
        var (old, now) = ReviewedSite.Digests(before, after);
        // Between two data folders (or revisions), the data's own changes open the report.
        return SiteComparer.Compare(old, now, names) with
        {
            Data = before.Tables is { } oldTables && after.Tables is { } newTables ? DataComparer.Compare(oldTables, newTables) : DataChanges.None,
            MechanismFigures = before.Tables is not null && after.Tables is not null ? MechanismFigureComparer.Compare(before.Dataset, after.Dataset) : [],
            // The newer side's drafts: a year published by this change (draft before, not after) is a year added, not a draft.
            DraftsLeftOut = after.Tables is not null ? after.DraftsLeftOut : before.DraftsLeftOut,
        };
    }

    /// <summary>Two built sites carry no names of their own: the data folder's, if there is a valid one.</summary>
    private static Model.Dataset? NamesFrom(string data) =>
        File.Exists(Path.Combine(data, "config.yaml")) ? Loading.DatasetLoader.Load(data, "data").Value : null;
}
