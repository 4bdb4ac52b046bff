using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Mcro.Diagnostics;

namespace Mcro.Cli;

/// <summary>Options several commands share, parsed the same way everywhere.</summary>
public static class CommonOptions
{
    public static Option<DirectoryInfo> Data() => new("--data")
    {
        Description = "Dataset folder (config.yaml, municipalities.csv, …, one folder per year)",
        DefaultValueFactory = _ => new DirectoryInfo("data"),
        HelpName = "DIR",
    };

    public static Option<DirectoryInfo> Templates() => new("--templates")
    {
        Description = "Templates folder (layout.html, sheet.html, partials/, landing.html, assets/)",
        DefaultValueFactory = _ => new DirectoryInfo("templates"),
        HelpName = "DIR",
    };

    /// <summary>
    /// The team's folder: the one given (missing, it is a problem the build reports), else ./templates, else none, and
    /// the templates installed with the tool alone (named by their own path in messages). The build lays the team's
    /// files over the installed ones either way.
    /// </summary>
    public static (string Folder, string Display) TemplatesFolder(ParseResult parse, Option<DirectoryInfo> option)
    {
        var given = parse.GetValue(option)!;
        var bundled = Mcro.Rendering.TemplateLayers.InstalledFolder;
        if (parse.GetResult(option) is { Implicit: false } || given.Exists || !Directory.Exists(bundled))
            return (given.FullName, DisplayName(parse, option));
        return (bundled, bundled.Replace('\\', '/'));
    }

    /// <summary>--year 2019, --year 2018,2019, --year 2018 --year 2019, or --year all; null or empty means all.</summary>
    public static Option<IReadOnlyList<int>?> Years(string description) => new("--year")
    {
        Description = description,
        HelpName = "Y|all",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
        CustomParser = ParseYears,
    };

    /// <summary>--mechanism cc, --mechanism cc,dmc, --mechanism cc --mechanism mocr, or all; null or empty means every mechanism.</summary>
    public static Option<IReadOnlyList<string>?> Mechanisms() => new("--mechanism")
    {
        Description = "Mechanism(s) of the series to build: mocr (the year sheets), an id of mechanisms/ID.yaml (cc, dmc, …), a list (cc,dmc) or all (default: all). The MOCR's year sheets hold the site together and are built either way",
        HelpName = "ID|all",
        Arity = ArgumentArity.ZeroOrMore,
        CustomParser = ParseMechanisms,
    };

    private static IReadOnlyList<string>? ParseMechanisms(ArgumentResult result)
    {
        var ids = new List<string>();
        foreach (var token in ListItems(result))
        {
            // Not null: System.CommandLine would then convert the tokens itself.
            if (token.Equals("all", StringComparison.OrdinalIgnoreCase)) return [];
            // An id is a file name of mechanisms/: lowercase letters, digits and '-'; "cc\n" typed by a script is refused as typed.
            if (token.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')) ids.Add(token);
            else result.AddError($"--mechanism: '{SafeText.Escape(token)}' is not a mechanism id; write mocr, cc, dmc (lowercase letters, digits, '-'), a list (cc,dmc) or all");
        }
        if (ids.Count == 0 && result.Tokens.All(t => string.IsNullOrWhiteSpace(t.Value.Replace(",", "", StringComparison.Ordinal))))
            result.AddError("--mechanism: give a mechanism (cc), a list (mocr,cc) or all");
        return ids;
    }

    private static IReadOnlyList<int>? ParseYears(ArgumentResult result)
    {
        var years = new SortedSet<int>();
        foreach (var token in ListItems(result))
        {
            // Not null: System.CommandLine then converts the tokens itself and fails on "all".
            if (token.Equals("all", StringComparison.OrdinalIgnoreCase)) return [];
            if (token.Length == 4 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var year)) years.Add(year);
            else result.AddError($"--year: '{SafeText.Escape(token)}' is not a year; write four digits (2019), a list (2018,2019) or all");
        }
        // "--year" or "--year ''" alone is a slip, not "no year": building nothing would look like success.
        if (years.Count == 0 && result.Tokens.All(t => string.IsNullOrWhiteSpace(t.Value.Replace(",", "", StringComparison.Ordinal))))
            result.AddError("--year: give a year (2019), a list (2018,2019) or all");
        return years.ToList();
    }

    /// <summary>
    /// One year, for options and arguments that take exactly one (`indicators --year`, `new-year YEAR`, `workbook --year`):
    /// four digits within the years data may hold; only surrounding spaces are dropped, so a typed line break is refused as typed.
    /// </summary>
    public static int ParseSingleYear(ArgumentResult result, string what)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value.Trim(' ') : "";
        if (token.Length == 4 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 and <= 2100) return year;
        result.AddError($"{what}: '{SafeText.Escape(token)}' is not a year; write four digits, e.g. 2019");
        return 0;
    }

    /// <summary>
    /// The items of a list option (`--year 2018,2019 --year 2020`): only the spaces around a comma are dropped, so a line
    /// break or another hidden character typed into a value reaches the option's check and is refused as typed.
    /// </summary>
    public static IEnumerable<string> ListItems(ArgumentResult result) =>
        result.Tokens.SelectMany(t => t.Value.Split(',')).Select(item => item.Trim(' ')).Where(item => item.Length > 0);

    /// <summary>
    /// The folder as the user wrote it, for messages: "data/2019/offices.csv", not an absolute path. Only a trailing
    /// separator is dropped, and never from a root: `--out /` is "/", not "." (which would name another folder).
    /// </summary>
    public static string DisplayName(ParseResult parse, Option<DirectoryInfo> option)
    {
        var given = parse.GetResult(option)?.Tokens.FirstOrDefault()?.Value ?? option.GetDefaultValue() switch
        {
            DirectoryInfo d => d.ToString(),
            _ => ".",
        };
        return FolderDisplay.AsTyped(given);
    }
}
