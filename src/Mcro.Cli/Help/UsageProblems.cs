using System.CommandLine;
using System.CommandLine.Parsing;
using Mcro.Diagnostics;

namespace Mcro.Cli.Help;

/// <summary>
/// What is wrong with a command line, one line each, in mcro's words: a word the command does not know is named with
/// the nearest it does ("unknown command 'biuld'; did you mean `build`?"), and the errors it causes are left out.
/// </summary>
public static class UsageProblems
{
    public static IReadOnlyList<string> Describe(ParseResult parse, IReadOnlyList<string> args)
    {
        var unknown = parse.UnmatchedTokens.ToHashSet(StringComparer.Ordinal);
        var command = parse.CommandResult.Command;
        var lines = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (!unknown.Contains(args[i])) continue;
            // "--lnag sr": the value of a mistyped option is not a second mistake.
            if (!IsOption(args[i]) && i > 0 && unknown.Contains(args[i - 1]) && IsOption(args[i - 1])) continue;
            lines.Add(Unknown(args[i], command));
        }
        lines = [.. lines.Distinct(StringComparer.Ordinal)];
        foreach (var error in parse.Errors)
        {
            if (lines.Count > 0 && IsCausedByUnknownWord(error, unknown)) continue;
            lines.Add(SafeText.Escape(error.Message));
        }
        return lines;
    }

    /// <summary>The message for one word the command does not know, with the nearest it does.</summary>
    public static string Unknown(string word, Command command)
    {
        var typed = SafeText.Escape(word);
        if (IsOption(word))
        {
            var near = Nearest(word, OptionNames(command), strip: true);
            return $"unknown option '{typed}'" + (near is null ? "" : $"; did you mean `{near}`?");
        }
        var subcommands = command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name)).ToList();
        if (subcommands.Count == 0)
        {
            // A leaf command takes options only: a bare word may be an option typed without its dashes ("data" for --data).
            var option = Nearest(word, OptionNames(command), strip: true);
            return $"unexpected argument '{typed}': {CommandPath(command)} takes options only" + (option is null ? "" : $"; did you mean `{option} {typed}`?");
        }
        var nearest = Nearest(word, subcommands, strip: false);
        return $"unknown command '{typed}'" + (nearest is null ? $"; {CommandPath(command)} has {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}" : $"; did you mean `{nearest}`?");
    }

    /// <summary>"mcro snapshot verify", as typed to run it.</summary>
    public static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (var c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
            names.Insert(0, c is RootCommand ? "mcro" : c.Name);
        return string.Join(' ', names);
    }

    private static bool IsOption(string word) => word.Length > 1 && word[0] == '-';

    /// <summary>The options a command takes: its own and those its parents give every subcommand (--help).</summary>
    private static List<string> OptionNames(Command command)
    {
        var names = new List<string>();
        for (var c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            foreach (var option in c.Options.Where(o => !o.Hidden && (ReferenceEquals(c, command) || o.Recursive)))
                names.AddRange(option.Aliases.Prepend(option.Name).Where(n => n.StartsWith("--", StringComparison.Ordinal)));
        }
        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Compared without their dashes: "-lang" and "--lnag" are both near "--lang".</summary>
    private static string? Nearest(string word, IReadOnlyList<string> known, bool strip)
    {
        if (!strip) return Suggestions.Nearest(word, known);
        var bare = known.ToDictionary(k => k.TrimStart('-'), k => k, StringComparer.Ordinal);
        return Suggestions.Nearest(word.TrimStart('-'), bare.Keys) is { } near ? bare[near] : null;
    }

    /// <summary>
    /// The parser's "Unrecognized command or argument" for each unknown word, and "Required command was not provided"
    /// when the word was meant as that command: both are said better by the line about the word.
    /// </summary>
    private static bool IsCausedByUnknownWord(ParseError error, HashSet<string> unknown) =>
        error.SymbolResult is CommandResult result
        && (unknown.Any(word => error.Message.Contains($"'{word}'", StringComparison.Ordinal))
            || (result.Command.Subcommands.Count > 0 && result.Command.Action is null));
}
