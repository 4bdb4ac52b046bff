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
        var command = parse.CommandResult.Command;
        var lines = UnknownWords(parse, args).Select(word => Unknown(word, command)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var error in parse.Errors)
        {
            // What a mistyped word causes (a command or argument "missing", the word taken for an argument) is said by its line.
            if (lines.Count > 0 && !IsAboutAnOptionValue(error)) continue;
            lines.Add(SafeText.Escape(error.Message));
        }
        return lines;
    }

    /// <summary>Whether the help asked for can be shown: --help with no word the command does not know.</summary>
    public static bool OnlyAsksForHelp(ParseResult parse, IReadOnlyList<string> args) =>
        parse.Action is ExamplesHelpAction && !UnknownWords(parse, args).Any();

    /// <summary>
    /// The words the command did not take, in the order typed: those the parser left over, and an option-like word it took
    /// for a command's argument (`mcro diff --frmat …`, `mcro new-year --fom 2019`).
    /// </summary>
    private static IEnumerable<string> UnknownWords(ParseResult parse, IReadOnlyList<string> args)
    {
        var unknown = parse.UnmatchedTokens.ToHashSet(StringComparer.Ordinal);
        var takenForArguments = parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value).Where(IsOption).ToList();
        // A mistyped option taken for an argument shifts the words after it: those left over are not mistakes of their own.
        if (takenForArguments.Count > 0) unknown.RemoveWhere(word => !IsOption(word));
        unknown.UnionWith(takenForArguments);
        var separator = args.ToList().IndexOf("--");
        for (var i = 0; i < (separator < 0 ? args.Count : separator); i++)
        {
            if (!unknown.Contains(args[i])) continue;
            // "--lnag sr": the value of a mistyped option is not a second mistake.
            if (!IsOption(args[i]) && i > 0 && unknown.Contains(args[i - 1]) && IsOption(args[i - 1])) continue;
            yield return args[i];
        }
    }

    /// <summary>A value typed for an option: a mistake of its own, unlike an option "required" that was only mistyped.</summary>
    private static bool IsAboutAnOptionValue(ParseError error) =>
        (error.SymbolResult as OptionResult ?? (error.SymbolResult as ArgumentResult)?.Parent as OptionResult) is { IdentifierToken: not null };

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
            if (command.Arguments.Count > 0) return $"unexpected argument '{typed}'";
            // A command without arguments takes options only: a bare word may be an option typed without its dashes ("data" for --data).
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

    // "-5" is a number, not an option.
    private static bool IsOption(string word) => word.Length > 1 && word[0] == '-' && !char.IsAsciiDigit(word[1]);

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
}
