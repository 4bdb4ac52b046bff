using System.CommandLine;
using Mcro.Cli.Output;
using Mcro.NewYear;

namespace Mcro.Cli;

/// <summary>mcro new-year YEAR [--from YEAR]: a year folder for the team to fill in; `mcro validate` then lists what is left.</summary>
public sealed class NewYearCommand : Command
{
    private readonly Argument<int> _year = new("YEAR") { Description = "The year to write, e.g. 2021", CustomParser = result => CommonOptions.ParseSingleYear(result, "YEAR") };
    private readonly Option<int?> _from = new("--from")
    {
        Description = "The year whose staff and notes to start from (default: the latest year before YEAR)",
        HelpName = "Y",
        CustomParser = result => CommonOptions.ParseSingleYear(result, "--from"),
    };
    private readonly Option<DirectoryInfo> _data = CommonOptions.Data();

    public NewYearCommand() : base("new-year", "Write data/YEAR/ to fill in, as a draft: a row per MOCR of that year with empty answers, the staff and the notes (commented out) of an earlier year, and year.yaml with status: draft; and for each mechanism of the series (mechanisms/ID.yaml), YEAR/ID/ with a row per municipality, the earlier year's status and empty answers")
    {
        Arguments.Add(_year);
        Options.Add(_from);
        Options.Add(_data);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        var data = parse.GetValue(_data)!;
        var year = parse.GetValue(_year);
        var written = YearFolderWriter.Write(data.FullName, CommonOptions.DisplayName(parse, _data), year, parse.GetValue(_from));
        if (!written.Succeeded)
        {
            ProblemPrinter.Print(written.Problems, ProblemFormat.Text, output);
            parse.InvocationConfiguration.Error.WriteLine($"{written.Problems.Count} problem(s) found; nothing was written.");
            return ExitCodes.Problems;
        }
        var w = written.Value!;
        var offices = w.Files[0].Text.Count(c => c == '\n') - 1;
        output.WriteLine($"wrote {w.Folder}/: offices.csv ({offices} MOCR(s), every answer empty), staff.csv (from {w.From}), notes.yaml ({w.From}'s notes, commented out), year.yaml (status: draft)");
        foreach (var folder in w.Files.Where(f => f.Name.EndsWith("/municipalities.csv", StringComparison.Ordinal)))
        {
            var id = folder.Name[..folder.Name.IndexOf('/', StringComparison.Ordinal)];
            var rows = folder.Text.Count(c => c == '\n') - 1;
            output.WriteLine($"wrote {w.Folder}/{id}/: municipalities.csv ({rows} municipalities, {w.From}'s statuses, every answer empty), people.csv (header only), notes.yaml (empty)");
        }
        output.WriteLine($"next: fill them in; 'mcro validate' lists what is left, 'mcro build --drafts' previews {year}; remove 'status: draft' from year.yaml to publish it");
        return ExitCodes.Success;
    }
}
