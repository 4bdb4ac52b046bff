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
        CustomParser = Parse,
    };

    /// <summary>The names users type; System.CommandLine's own message would name the .NET type.</summary>
    private static ProblemFormat Parse(System.CommandLine.Parsing.ArgumentResult result)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value.Trim() : "";
        switch (token.ToLowerInvariant())
        {
            case "text": return ProblemFormat.Text;
            case "json": return ProblemFormat.Json;
            case "github": return ProblemFormat.Github;
            default:
                result.AddError($"--format: '{token}' is not a format; write text, json or github");
                return ProblemFormat.Text;
        }
    }
}
