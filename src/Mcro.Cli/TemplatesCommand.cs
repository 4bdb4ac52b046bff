using System.CommandLine;
using Mcro.Cli.Output;
using Mcro.Diagnostics;
using Mcro.Rendering;

namespace Mcro.Cli;

/// <summary>mcro templates export [--to DIR] [PATH...]: the built-in templates copied out for a team to change.</summary>
public sealed class TemplatesCommand : Command
{
    public TemplatesCommand() : base("templates", "The built-in templates: a file of the team's templates folder replaces the built-in of the same path, the rest stay built in")
    {
        Subcommands.Add(new ExportCommand());
    }

    private sealed class ExportCommand : Command
    {
        private readonly Argument<string[]> _paths = new("PATH")
        {
            Description = "Files or folders to copy, as the built-ins name them (partials/footer.html, assets); none: every file",
            Arity = ArgumentArity.ZeroOrMore,
        };
        private readonly Option<DirectoryInfo> _to = new("--to")
        {
            Description = "The team's templates folder to copy into (the one `--templates` names)",
            DefaultValueFactory = _ => new DirectoryInfo("templates"),
            HelpName = "DIR",
        };
        private readonly Option<bool> _force = new("--force")
        {
            Description = "Replace files already there (otherwise an existing file stops the export and nothing is written)",
        };

        public ExportCommand() : base("export", "Copy built-in templates into the team's templates folder to start from")
        {
            Arguments.Add(_paths);
            Options.Add(_to);
            Options.Add(_force);
            SetAction(Run);
        }

        private int Run(ParseResult parse)
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var selected = TemplateExport.Select(TemplateLayers.InstalledFolder, parse.GetValue(_paths) ?? []);
            if (selected.Value is not { } files)
            {
                ProblemPrinter.Print(selected.Problems, ProblemFormat.Text, output);
                error.WriteLine("Run 'mcro templates export --help' for its options; nothing was written.");
                return selected.Problems.Any(p => p.Code == ProblemCode.TemplateUnknown) ? ExitCodes.Usage : ExitCodes.Problems;
            }
            var display = CommonOptions.DisplayName(parse, _to);
            var written = TemplateExport.Write(files, parse.GetValue(_to)!.FullName, display, parse.GetValue(_force));
            if (written.Value is not { } report)
            {
                ProblemPrinter.Print(written.Problems, ProblemFormat.Text, output);
                error.WriteLine($"{written.Problems.Count} problem(s) found; " + (written.Problems.All(p => p.Code == ProblemCode.TemplateExists) ? "nothing was written." : "see above."));
                return ExitCodes.Problems;
            }
            foreach (var path in report.Written) output.WriteLine($"wrote {path}");
            foreach (var path in report.Unchanged) output.WriteLine($"unchanged {path} (the same as the built-in)");
            output.WriteLine($"{report.Written.Count} file(s) written to {display}/: each replaces the built-in of its path; "
                + "delete one to go back to the built-in, and build with --templates " + display);
            return ExitCodes.Success;
        }
    }
}
