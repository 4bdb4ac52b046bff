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

    public ValidateCommand() : base("validate", "Check the dataset and report all problems as path:line:column: message")
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
        var ok = result.Problems.Count == 0 && result.Value is not null;
        ProblemPrinter.Print(result.Problems, format, output, ok ? DatasetSummary.Describe(result.Value!) : null, "mcro validate", result.Warnings);
        if (ok) return ExitCodes.Success;
        if (format == ProblemFormat.Text)
            parse.InvocationConfiguration.Error.WriteLine($"{result.Problems.Count} problem(s) found.");
        return ExitCodes.Problems;
    }
}
