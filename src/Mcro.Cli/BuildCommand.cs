using System.CommandLine;
using System.CommandLine.Parsing;
using Mcro.Cli.Output;
using Mcro.Build;
using Mcro.Diagnostics;

namespace Mcro.Cli;

/// <summary>mcro build: the factsheet site, every edition of every year unless told otherwise.</summary>
public sealed class BuildCommand : Command
{
    private readonly Option<IReadOnlyList<int>?> _years = CommonOptions.Years("Year(s) to build: 2019, 2018,2019 or all (default: all)");
    private readonly Option<IReadOnlyList<string>?> _languages = new("--lang")
    {
        Description = "Edition(s) to build: sq, sr, sr-Cyrl, en, a list (sr,sr-Cyrl) or all (default: all)",
        HelpName = "L|all",
        Arity = ArgumentArity.ZeroOrMore,
        CustomParser = ParseLanguages,
    };
    private readonly Option<IReadOnlyList<string>?> _mechanisms = CommonOptions.Mechanisms();
    private readonly Option<DirectoryInfo> _data = CommonOptions.Data();
    private readonly Option<DirectoryInfo> _templates = CommonOptions.Templates();
    private readonly Option<DirectoryInfo> _output = new("--out")
    {
        Description = "Output folder: new, empty, or a site mcro built (it holds .mcro-site); each edition is replaced only when the whole build succeeded",
        DefaultValueFactory = _ => new DirectoryInfo("output"),
        HelpName = "DIR",
    };
    private readonly Option<bool> _drafts = new("--drafts")
    {
        Description = "Also build the draft years (year.yaml: status: draft), every page of them marked as a draft and not indexed: a staging site",
    };
    private readonly Option<bool> _pdf = new("--pdf")
    {
        Description = "Also print every sheet built to its two-page A4 PDF leaflet beside it (needs Chromium or Google Chrome)",
    };
    private readonly Option<FileInfo?> _chromium = new("--chromium")
    {
        Description = "The Chromium or Chrome that prints the leaflets (default: MCRO_CHROMIUM, then PATH and the usual install places)",
        HelpName = "PATH",
    };
    private readonly Option<TimeSpan?> _browserTimeout = BrowserTimeoutOption.Create();
    private readonly Option<Uri?> _baseUrl = new("--base-url")
    {
        Description = "The site's public address (https://…/): adds canonical links and sitemap.xml",
        HelpName = "URL",
        CustomParser = ParseBaseUrl,
    };

    private readonly Option<ProblemFormat> _format = ProblemFormatOption.Create();
    private readonly Option<bool> _quiet = new("--quiet", "-q")
    {
        Description = "Print only problems: no step timings, no summary line",
    };

    public BuildCommand() : base("build", "Build the factsheet site: HTML pages, SVG charts and reusable figures per year and edition")
    {
        Options.Add(_years);
        Options.Add(_languages);
        Options.Add(_mechanisms);
        Options.Add(_data);
        Options.Add(_templates);
        Options.Add(_output);
        Options.Add(_baseUrl);
        Options.Add(_drafts);
        Options.Add(_pdf);
        Options.Add(_chromium);
        Options.Add(_browserTimeout);
        Options.Add(_format);
        Options.Add(_quiet);
        Validators.Add(result =>
        {
            if (result.GetResult(_chromium) is { Implicit: false } && !result.GetValue(_pdf))
                result.AddError("--chromium names the browser that prints the leaflets: add --pdf to print them");
            if (result.GetResult(_browserTimeout) is { Implicit: false } && !result.GetValue(_pdf))
                result.AddError("--browser-timeout is how long the browser that prints the leaflets may take: add --pdf to print them");
        });
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var (templates, templatesDisplay) = CommonOptions.TemplatesFolder(parse, _templates);
        var request = new BuildRequest(
            parse.GetValue(_data)!.FullName, CommonOptions.DisplayName(parse, _data),
            templates, templatesDisplay,
            parse.GetValue(_output)!.FullName, CommonOptions.DisplayName(parse, _output),
            // "all" parses as an empty list (a null would make System.CommandLine convert the tokens itself): every year, every edition.
            parse.GetValue(_years) is { Count: > 0 } years ? years : null,
            parse.GetValue(_languages) is { Count: > 0 } languages ? languages : null,
            parse.GetValue(_baseUrl)?.AbsoluteUri)
        {
            Leaflets = parse.GetValue(_pdf),
            Drafts = parse.GetValue(_drafts),
            Mechanisms = parse.GetValue(_mechanisms) is { Count: > 0 } mechanisms ? mechanisms : null,
            Chromium = parse.GetValue(_chromium)?.FullName,
            BrowserTimeout = parse.GetValue(_browserTimeout),
            SourceDate = SourceDate(),
        };
        var format = parse.GetValue(_format);
        var quiet = parse.GetValue(_quiet);
        // Step timings are for a person or a CI log; --quiet and the machine-read formats leave them out.
        var progress = quiet || format == ProblemFormat.Json ? null : new BuildProgress(output, error, BuildProgress.IsInteractive(error), timings: format != ProblemFormat.Github);
        var outcome = BuildPipeline.Run(request, progress);
        progress?.Finish();
        if (outcome is BuildOutcome.Failed failed)
        {
            ProblemPrinter.Print(failed.Problems, format, output, command: "mcro build", warnings: failed.Warnings);
            GithubStepSummary.AppendProblems("mcro build", failed.Problems, failed.Warnings, error);
            if (format != ProblemFormat.Text) return ExitCodes.Problems;
            // The problem names what a write refused half-way had replaced already; otherwise the site is as it was.
            var count = ProblemPrinter.Count(failed.Problems.Count, failed.Warnings.Count);
            error.WriteLine(failed.Replaced.Count == 0
                ? $"{count}; nothing was written."
                : $"{count}; the site was written only in part (see above); the next build completes it.");
            return ExitCodes.Problems;
        }
        // Warnings stop nothing, but --quiet still prints them: they are about the data, like problems.
        ProblemPrinter.Print([], format, output, command: "mcro build", warnings: outcome.Warnings);
        GithubStepSummary.AppendProblems("mcro build", [], outcome.Warnings, error);
        if (format != ProblemFormat.Json && !quiet) output.WriteLine(BuildSummary.Describe(outcome, CommonOptions.DisplayName(parse, _output)));
        return ExitCodes.Success;
    }

    /// <summary>SOURCE_DATE_EPOCH (reproducible-builds.org): the date a build stamps, in seconds since 1970; unset or not a number: none.</summary>
    private static DateTimeOffset? SourceDate() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            && seconds <= 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private static IReadOnlyList<string>? ParseLanguages(ArgumentResult result)
    {
        var languages = new List<string>();
        foreach (var token in CommonOptions.ListItems(result))
        {
            // Not null: System.CommandLine would then convert the tokens itself and fail on a cast (exit 70).
            if (token.Equals("all", StringComparison.OrdinalIgnoreCase)) return [];
            // A tag is letters, digits and hyphens: "sr\n" typed by a script is refused as typed, never read as "sr".
            if (token.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')) languages.Add(token);
            else result.AddError($"--lang: '{SafeText.Escape(token)}' is not a language tag; write sq, sr, sr-Cyrl, en, a list (sr,en) or all");
        }
        if (languages.Count == 0) result.AddError("--lang: give an edition (sr), a list (sr,sr-Cyrl) or all");
        return languages;
    }

    private static Uri? ParseBaseUrl(ArgumentResult result)
    {
        var value = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            // Every page address is the base followed by a path: a query or fragment would end up mid-address, and a
            // user name or password would be published in every canonical link and the sitemap.
            if (uri.UserInfo.Length > 0)
                result.AddError($"--base-url: '{value}' holds a user name or password; the public address of the site has none");
            else if (uri.Query.Length > 0 || value.Contains('?', StringComparison.Ordinal))
                result.AddError($"--base-url: '{value}' has a query ('?…'); give the folder address alone, e.g. https://example.org/factsheets/");
            else if (uri.Fragment.Length > 0 || value.Contains('#', StringComparison.Ordinal))
                result.AddError($"--base-url: '{value}' has a fragment ('#…'); give the folder address alone, e.g. https://example.org/factsheets/");
            else return new Uri(uri.AbsoluteUri.TrimEnd('/') + "/");
            return null;
        }
        result.AddError($"--base-url: '{value}' is not an http(s) address; write it whole, e.g. https://example.org/factsheets/");
        return null;
    }
}
