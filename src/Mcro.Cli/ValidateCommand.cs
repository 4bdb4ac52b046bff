using System.CommandLine;
using Mcro.Cli.Output;
using Mcro.Validation;

namespace Mcro.Cli;

/// <summary>mcro validate: reports every problem of every file in one run.</summary>
public sealed class ValidateCommand : Command
{
    private readonly Option<DirectoryInfo> _data = CommonOptions.Data();
    private readonly Option<IReadOnlyList<int>?> _years = CommonOptions.Years("Year(s) to check: 2019, 2018,2019 or all (default: all)");
    private readonly Option<ProblemFormat> _format = ProblemFormatOption.Create();

    public ValidateCommand() : base("validate", "Check the dataset and report all problems as path:line:column: message: the MOCR's files and every mechanism of the series (mechanisms/, YEAR/ID/)")
    {
        Options.Add(_data);
        Options.Add(_years);
        Options.Add(_format);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var data = parse.GetValue(_data)!;
        var format = parse.GetValue(_format);
        var output = parse.InvocationConfiguration.Output;
        var result = DatasetValidator.LoadAndValidate(data.FullName, CommonOptions.DisplayName(parse, _data), parse.GetValue(_years));
        var error = parse.InvocationConfiguration.Error;
        var ok = result.Problems.Count == 0 && result.Value is not null;
        var drafts = result.Value is { } dataset ? DraftProgress.OfEveryDraft(dataset, result.Warnings) : [];
        var summary = ok ? DatasetSummary.Describe(result.Value!) with { Warnings = result.Warnings.Count, Drafts = drafts } : null;
        ProblemPrinter.Print(result.Problems, format, output, summary, "mcro validate", result.Warnings);
        GithubStepSummary.AppendProblems("mcro validate", result.Problems, result.Warnings, error);
        if (ok) return ExitCodes.Success;
        // A draft's progress is worth reading even when another year fails.
        if (format == ProblemFormat.Text)
        {
            foreach (var line in drafts) output.WriteLine(line);
        }
        if (format == ProblemFormat.Text)
            error.WriteLine($"{ProblemPrinter.Count(result.Problems.Count, result.Warnings.Count)}.");
        return ExitCodes.Problems;
    }
}
