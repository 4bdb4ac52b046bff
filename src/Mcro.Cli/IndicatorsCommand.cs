using System.CommandLine;
using System.CommandLine.Parsing;
using Mcro.Cli.Output;
using Mcro.Diagnostics;
using Mcro.Downloads;
using Mcro.Indicators;
using Mcro.Indicators.Change;
using Mcro.Loading;
using Mcro.Model.Mechanisms;
using Mcro.Validation;

namespace Mcro.Cli;

/// <summary>mcro indicators: every figure of one year's sheet, for analysts and other tools (docs/indicators-contract.md).</summary>
public sealed class IndicatorsCommand : Command
{
    private readonly Option<int> _year = new("--year")
    {
        Description = "The year whose figures to compute, e.g. 2019",
        HelpName = "Y",
        Required = true,
        CustomParser = result => CommonOptions.ParseSingleYear(result, "--year"),
    };

    private readonly Option<DirectoryInfo> _data = CommonOptions.Data();

    private readonly Option<IndicatorsFormat?> _format = new("--format")
    {
        Description = "Output format: table (aligned, the default on a terminal), json (the stable contract, the default otherwise) or csv (tidy, one figure a row)",
        HelpName = "json|csv|table",
        CustomParser = ParseFormat,
    };

    private readonly Option<string?> _mechanism = new("--mechanism")
    {
        Description = "The mechanism of the series whose figures to compute: an id of mechanisms/ID.yaml (cc, dmc, …); default mocr, the year's MOCR sheet. A mechanism's figures are json or csv",
        HelpName = "ID",
    };

    private readonly Func<TextWriter, bool> _isTerminal;

    /// <param name="isTerminal">Whether output goes to a person's terminal; by default, the console when not redirected.</param>
    public IndicatorsCommand(Func<TextWriter, bool>? isTerminal = null)
        : base("indicators", "Compute every figure of one year's factsheet (or, with --mechanism, of another mechanism of the series) and print it as json, csv or a table")
    {
        _isTerminal = isTerminal ?? (writer => ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected);
        Options.Add(_year);
        Options.Add(_data);
        Options.Add(_format);
        Options.Add(_mechanism);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var year = parse.GetValue(_year);
        var output = parse.InvocationConfiguration.Output;
        var data = parse.GetValue(_data)!;
        var display = CommonOptions.DisplayName(parse, _data);
        if (parse.GetValue(_mechanism) is { } id && id != MechanismDefinition.OfficesId)
            return MechanismIndicators.Run(parse, data.FullName, display, year, id, parse.GetValue(_format));
        // The change is from the year before in the data, as the sheet shows it: that year is loaded and checked too.
        var previous = DatasetLoader.FindYears(new DataFolder(data.FullName, display, new DiagnosticBag())).Where(y => y < year).DefaultIfEmpty().Max();
        var loaded = DatasetValidator.LoadAndValidate(data.FullName, display, previous > 0 ? [previous, year] : [year]);
        if (!loaded.Succeeded)
        {
            // Exactly validate's messages, on stderr so that stdout only ever holds figures.
            var error = parse.InvocationConfiguration.Error;
            ProblemPrinter.Print(loaded.Problems, ProblemFormat.Text, error);
            error.WriteLine($"{loaded.Problems.Count} problem(s) found.");
            return ExitCodes.Problems;
        }

        var indicators = IndicatorCalculator.Compute(loaded.Value!, year);
        var change = loaded.Value!.Years.ContainsKey(previous) ? YearChange.Between(IndicatorCalculator.Compute(loaded.Value!, previous), indicators) : null;
        var format = parse.GetValue(_format) ?? (_isTerminal(output) ? IndicatorsFormat.Table : IndicatorsFormat.Json);
        output.Write(format switch
        {
            IndicatorsFormat.Json => IndicatorsJsonWriter.Write(indicators, change),
            IndicatorsFormat.Csv => IndicatorsCsvWriter.Write(indicators, change),
            _ => IndicatorsTableWriter.Write(indicators),
        });
        return ExitCodes.Success;
    }

    private static IndicatorsFormat? ParseFormat(ArgumentResult result)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value.Trim() : "";
        switch (token.ToLowerInvariant())
        {
            case "json": return IndicatorsFormat.Json;
            case "csv": return IndicatorsFormat.Csv;
            case "table": return IndicatorsFormat.Table;
            default:
                result.AddError($"--format: '{token}' is not a format; write json, csv or table");
                return null;
        }
    }
}
