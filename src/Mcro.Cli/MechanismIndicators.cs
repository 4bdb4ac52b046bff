using System.CommandLine;
using Mcro.Cli.Output;
using Mcro.Diagnostics;
using Mcro.Downloads;
using Mcro.Indicators.Mechanisms;
using Mcro.Loading.Mechanisms;
using Mcro.Validation;

namespace Mcro.Cli;

/// <summary>
/// mcro indicators --mechanism ID: a mechanism's figures of one year, as its sheet's indicators.json or .csv
/// (<see cref="MechanismJsonWriter"/>, <see cref="MechanismCsvWriter"/>); the MOCR's own stay <see cref="IndicatorsCommand"/>'s.
/// </summary>
internal static class MechanismIndicators
{
    public static int Run(ParseResult parse, string root, string display, int year, string id, IndicatorsFormat? format)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        // The ids are the definitions' file names: an id typed wrong is told before any data is read, as any wrong option is.
        var defined = MechanismDefinitionLoader.Files(root).Select(Path.GetFileNameWithoutExtension).OfType<string>().ToList();
        if (!defined.Contains(id, StringComparer.Ordinal))
        {
            // The MOCR first, as the series lists it: it is the default, with mechanisms/mocr.yaml or without.
            var mocr = Model.Mechanisms.MechanismDefinition.OfficesId;
            var known = defined.Where(d => d != mocr).Prepend(mocr);
            error.WriteLine($"--mechanism: '{SafeText.Escape(id)}' is not a mechanism of {display}; defined: {string.Join(", ", known)}");
            error.WriteLine("Run 'mcro indicators --help' for its options.");
            return ExitCodes.Usage;
        }
        if (format == IndicatorsFormat.Table)
        {
            error.WriteLine($"--format table is the MOCR's; the figures of {SafeText.Escape(id)} are json or csv (--format json|csv)");
            error.WriteLine("Run 'mcro indicators --help' for its options.");
            return ExitCodes.Usage;
        }
        var loaded = DatasetValidator.LoadAndValidate(root, display, [year]);
        if (!loaded.Succeeded)
        {
            ProblemPrinter.Print(loaded.Problems, ProblemFormat.Text, error);
            error.WriteLine($"{loaded.Problems.Count} problem(s) found.");
            return ExitCodes.Problems;
        }
        var dataset = loaded.Value!;
        if (dataset.FindMechanism(id) is not { } definition || definition.IsOffices)
        {
            // mechanisms/ID.yaml says data: offices under another name: its figures are the MOCR's.
            error.WriteLine($"--mechanism: {SafeText.Escape(id)} is the MOCR (data: offices); run mcro indicators without --mechanism for its figures");
            return ExitCodes.Usage;
        }
        if (!dataset.Years[year].Mechanisms.TryGetValue(id, out var data))
        {
            var folder = new Loading.DataFolder(root, display, new DiagnosticBag());
            var withData = Loading.DatasetLoader.FindYears(folder).Where(y => MechanismYearLoader.HasFolder(folder, y, id)).ToList();
            error.WriteLine($"{folder.Display(year.ToString(System.Globalization.CultureInfo.InvariantCulture))}: {year} has no data for {id} (no folder {year}/{id}/); years with {id} data: {(withData.Count == 0 ? "none" : string.Join(", ", withData))}");
            return ExitCodes.Problems;
        }
        var figures = MechanismCalculator.Compute(dataset, definition, data);
        // A table is the MOCR's alone: a person at a terminal reads a mechanism's figures as JSON.
        output.Write(format == IndicatorsFormat.Csv ? MechanismCsvWriter.Write(figures) : MechanismJsonWriter.Write(figures));
        return ExitCodes.Success;
    }
}
