using System.CommandLine;

namespace Mcro.Cli.Output;

/// <summary>How problems are printed: for people, for other tools, or as GitHub annotations on a pull request.</summary>
public enum ProblemFormat
{
    Text,
    Json,
    Github,
}

public static class ProblemFormatOption
{
    public static Option<ProblemFormat> Create() => new("--format")
    {
        Description = "Output format: text (path:line:column: message), json, or github (CI annotations)",
        DefaultValueFactory = _ => ProblemFormat.Text,
        HelpName = "text|json|github",
    };
}
