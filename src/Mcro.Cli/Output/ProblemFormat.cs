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
        // No DefaultValueFactory: help would print the enum's name ("Text"), not the value users type.
        Description = "Output format: text (path:line:column: message; the default), json, or github (CI annotations)",
        HelpName = "text|json|github",
    };
}
