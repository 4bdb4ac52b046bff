using System.CommandLine;
using Mcro.Cli.Output;
using Mcro.Diagnostics;
using Mcro.Workbook;

namespace Mcro.Cli;

/// <summary>mcro workbook export | import: an entry workbook for the field teams, and its answers back into the year's CSV files.</summary>
public sealed class WorkbookCommand : Command
{
    public WorkbookCommand() : base("workbook", "Spreadsheets both ways: an entry workbook (.xlsx) for one year, and a filled-in workbook checked and written back as CSV")
    {
        Subcommands.Add(new ExportCommand());
        Subcommands.Add(new ImportCommand());
    }

    private sealed class ExportCommand : Command
    {
        private readonly Option<int> _year = new("--year") { Description = "The year of the workbook, e.g. 2019", HelpName = "Y", Required = true, CustomParser = result => CommonOptions.ParseSingleYear(result, "--year") };
        private readonly Option<string> _lang = new("--lang")
        {
            Description = "The language of headers, names and instructions",
            HelpName = "sq|sr|en",
            DefaultValueFactory = _ => "en",
        };
        private readonly Option<FileInfo?> _out = new("--out") { Description = "The workbook to write (default: mcro-YEAR-LANG.xlsx)", HelpName = "FILE.xlsx" };
        private readonly Option<DirectoryInfo> _data = CommonOptions.Data();

        public ExportCommand() : base("export", "Write the entry workbook of a year: a sheet per table (the MOCR's, and each mechanism's of the series with a folder that year) with drop-down lists, codes locked, the year's data or an empty row per MOCR")
        {
            _lang.AcceptOnlyFromAmong("sq", "sr", "en");
            Options.Add(_year);
            Options.Add(_lang);
            Options.Add(_out);
            Options.Add(_data);
            SetAction(Run);
        }

        private int Run(ParseResult parse)
        {
            var output = parse.InvocationConfiguration.Output;
            var year = parse.GetValue(_year);
            var lang = parse.GetValue(_lang)!;
            var made = WorkbookExport.Make(parse.GetValue(_data)!.FullName, CommonOptions.DisplayName(parse, _data), year, lang);
            if (!made.Succeeded)
            {
                ProblemPrinter.Print(made.Problems, ProblemFormat.Text, output, warnings: made.Warnings);
                parse.InvocationConfiguration.Error.WriteLine($"{ProblemPrinter.Count(made.Problems.Count)}; no workbook was written.");
                return ExitCodes.Problems;
            }
            var given = parse.GetResult(_out)?.Tokens.FirstOrDefault()?.Value;
            var path = given ?? $"mcro-{year}-{lang}.xlsx";
            if (WorkbookExport.Save(made.Value!.Bytes, path, path) is { } problem)
            {
                ProblemPrinter.Print([problem], ProblemFormat.Text, output);
                return ExitCodes.Problems;
            }
            ProblemPrinter.Print([], ProblemFormat.Text, output, warnings: made.Warnings);
            var e = made.Value;
            output.WriteLine($"wrote {path}: {e.Offices} office row(s) and {e.Staff} staff row(s) of {year} {(e.FromFiles ? "from its CSV files" : "(new year: an empty row per MOCR)")}, in '{lang}'");
            if (e.Mechanisms.Count > 0) output.WriteLine($"and the sheets of {string.Join(", ", e.Mechanisms)} from {string.Join(", ", e.Mechanisms.Select(id => $"{year}/{id}/"))}");
            output.WriteLine($"next: fill it in, then 'mcro workbook import {path}'");
            return ExitCodes.Success;
        }
    }

    private sealed class ImportCommand : Command
    {
        private readonly Argument<FileInfo> _file = new("FILE.xlsx") { Description = "The filled-in workbook" };
        private readonly Option<int?> _year = new("--year")
        {
            Description = "The year the workbook holds (default: the year an exported workbook records)",
            HelpName = "Y",
            CustomParser = result => CommonOptions.ParseSingleYear(result, "--year"),
        };
        private readonly Option<DirectoryInfo> _data = CommonOptions.Data();
        private readonly Option<ProblemFormat> _format = ProblemFormatOption.Create();

        public ImportCommand() : base("import", "Check a workbook with every rule of 'validate' (problems named by sheet and cell) and, only if it has none, write the year's CSV files")
        {
            Arguments.Add(_file);
            Options.Add(_year);
            Options.Add(_data);
            Options.Add(_format);
            SetAction(Run);
        }

        private int Run(ParseResult parse)
        {
            var output = parse.InvocationConfiguration.Output;
            var format = parse.GetValue(_format);
            var file = parse.GetValue(_file)!;
            var display = FolderDisplay.AsTyped(parse.GetResult(_file)?.Tokens.FirstOrDefault()?.Value ?? file.ToString());
            Result<WorkbookImport.Imported> imported;
            try
            {
                using var stream = Mcro.Loading.InputFile.OpenRegular(file.FullName);
                imported = stream is null
                    ? Result<WorkbookImport.Imported>.Failed(new Diagnostic(SourceLocation.OfFile(display), ProblemCode.FileUnreadable, "not a regular file"))
                    : WorkbookImport.Run(stream, display, parse.GetValue(_data)!.FullName, CommonOptions.DisplayName(parse, _data), parse.GetValue(_year));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                imported = Result<WorkbookImport.Imported>.Failed(new Diagnostic(SourceLocation.OfFile(display), ProblemCode.FileUnreadable,
                    $"cannot read the workbook: {Mcro.Loading.DataFolder.Reason(e)}"));
            }
            ProblemPrinter.Print(imported.Problems, format, output, command: "mcro workbook import", warnings: imported.Warnings);
            if (!imported.Succeeded)
            {
                if (format == ProblemFormat.Text)
                    parse.InvocationConfiguration.Error.WriteLine($"{ProblemPrinter.Count(imported.Problems.Count)}; nothing was written.");
                return ExitCodes.Problems;
            }
            if (format == ProblemFormat.Text)
            {
                var i = imported.Value!;
                output.WriteLine(i.Changed.Count == 0
                    ? $"{i.Year}: the workbook holds the data as it is; no file changed"
                    : $"{i.Year}: wrote {string.Join(", ", i.Changed)}{(i.Unchanged.Count > 0 ? $" ({string.Join(", ", i.Unchanged)} unchanged)" : "")}");
            }
            return ExitCodes.Success;
        }
    }
}
