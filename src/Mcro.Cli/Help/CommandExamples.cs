namespace Mcro.Cli.Help;

/// <summary>
/// The examples every --help ends with, by command as typed ("mcro snapshot verify"): the data team's everyday lines.
/// A test runs each through the parser, so an example that stops working fails the build, not a reader.
/// </summary>
public static class CommandExamples
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> All { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["mcro"] =
        [
            "mcro validate --data data",
            "mcro build --year 2019 --lang sr",
            "mcro serve --open",
        ],
        ["mcro validate"] =
        [
            "mcro validate",
            "mcro validate --data data --year 2019",
            "mcro validate --format github",
        ],
        ["mcro indicators"] =
        [
            "mcro indicators --year 2019",
            "mcro indicators --year 2018 --format csv",
            "mcro indicators --year 2019 --mechanism cc --format json",
        ],
        ["mcro build"] =
        [
            "mcro build",
            "mcro build --year 2019 --lang sr,sr-Cyrl --mechanism mocr,cc --out output",
            "mcro build --pdf --base-url https://example.org/factsheets/",
        ],
        ["mcro serve"] =
        [
            "mcro serve",
            "mcro serve --open --port 8080",
            "mcro serve --mechanism cc --templates templates",
        ],
        ["mcro new-year"] =
        [
            "mcro new-year 2021",
            "mcro new-year 2021 --from 2019",
            "mcro new-year 2021 --data data",
        ],
        ["mcro i18n"] =
        [
            "mcro i18n status",
            "mcro i18n status --format json",
        ],
        ["mcro i18n status"] =
        [
            "mcro i18n status",
            "mcro i18n status --data data --format github",
        ],
        ["mcro diff"] =
        [
            "mcro diff git:main data",
            "mcro diff data git:HEAD --format markdown",
            "mcro diff old-site output",
        ],
        ["mcro workbook"] =
        [
            "mcro workbook export --year 2019 --lang sr",
            "mcro workbook import mcro-2019-sr.xlsx",
        ],
        ["mcro workbook export"] =
        [
            "mcro workbook export --year 2019 --lang sr",
            "mcro workbook export --year 2021 --lang sq --out 2021-sq.xlsx",
        ],
        ["mcro workbook import"] =
        [
            "mcro workbook import mcro-2019-sr.xlsx",
            "mcro workbook import filled.xlsx --year 2019 --format github",
        ],
        ["mcro templates"] =
        [
            "mcro templates export partials/footer.html",
            "mcro templates export --to my-look assets",
        ],
        ["mcro templates export"] =
        [
            "mcro templates export partials/footer.html",
            "mcro templates export --to my-look assets",
            "mcro templates export --force",
        ],
        ["mcro snapshot"] =
        [
            "mcro snapshot verify",
            "mcro snapshot accept",
        ],
        ["mcro snapshot verify"] =
        [
            "mcro snapshot verify",
            "mcro snapshot verify --data data --format markdown",
        ],
        ["mcro snapshot accept"] =
        [
            "mcro snapshot accept",
            "mcro snapshot accept --data data --snapshots snapshots",
        ],
    };

    /// <summary>The examples of a command ("mcro build"); none for a command not in the table.</summary>
    public static IReadOnlyList<string> For(string commandPath) => All.TryGetValue(commandPath, out var examples) ? examples : [];

    /// <summary>The help's last section: "Examples:" and one indented command line each.</summary>
    public static void Write(string commandPath, TextWriter output)
    {
        var examples = For(commandPath);
        if (examples.Count == 0) return;
        output.WriteLine("Examples:");
        foreach (var example in examples) output.WriteLine("  " + example);
    }
}
