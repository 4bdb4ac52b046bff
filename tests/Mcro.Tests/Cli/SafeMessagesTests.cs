using System.Text;
using System.Text.Json;
using Mcro.Cli;
using Mcro.Cli.Output;
using Mcro.Diagnostics;

namespace Mcro.Tests.Cli;

/// <summary>
/// Whatever a value holds (a line break, a tab, a terminal escape sequence, DEL, a C1 control, a line separator, a
/// bidi override, a blank-looking letter), every output format prints it as a visible escape: each problem stays one
/// line, and nothing typed reaches the terminal raw.
/// </summary>
public sealed class SafeMessagesTests() : TempFolderTest("mcro-safe-")
{
    public static TheoryData<string, string> Hostile() => new()
    {
        { "\n", "\\n" },
        { "\r", "\\r" },
        { "\t", "\\t" },
        { "\u001b[31m", "\\u001B[31m" },
        { "\u007f", "\\u007F" },
        { "\u0085", "\\u0085" },
        { "\u009b", "\\u009B" },
        { "\u2028", "\\u2028" },
        { "\u2029", "\\u2029" },
        { "\u202e", "\\u202E" },
        { "\u2066", "\\u2066" },
        { "\u3164", "\\u3164" },
        { "\U000E0041", "\\U000E0041" },
    };

    /// <summary>No character of the hidden class anywhere but the line ends the printer wrote itself.</summary>
    private static void AssertPrintable(string printed)
    {
        foreach (var line in printed.Split('\n'))
            Assert.True(HiddenCharacters.FirstIn(line) < 0, $"a hidden character reached the output: {line}");
    }

    private string FolderNamed(string hostile) => Work.PathOf($"data{hostile}set");

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_hidden_character_in_a_path_is_escaped_in_the_text_format_and_the_problem_stays_one_line(string hostile, string shown)
    {
        var run = CliRun.Of("validate", "--data", FolderNamed(hostile));

        Assert.Equal(1, run.ExitCode);
        AssertPrintable(run.Output + run.Error);
        Assert.Contains($"{Work.PathOf("data")}{shown}set: data folder not found; pass the dataset folder with --data", run.OutputLines);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_hidden_character_in_a_path_is_escaped_in_json(string hostile, string shown)
    {
        var run = CliRun.Of("validate", "--data", FolderNamed(hostile), "--format", "json");

        AssertPrintable(run.Output);
        var problem = JsonDocument.Parse(run.Output).RootElement.GetProperty("problems")[0];
        Assert.Equal($"{Work.PathOf("data")}{shown}set", problem.GetProperty("file").GetString());
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_hidden_character_in_a_path_is_escaped_in_github_annotations(string hostile, string shown)
    {
        var run = CliRun.Of("validate", "--data", FolderNamed(hostile), "--format", "github");

        AssertPrintable(run.Output);
        var annotation = Assert.Single(run.OutputLines, l => l.StartsWith("::error ", StringComparison.Ordinal));
        Assert.StartsWith($"::error file={Work.PathOf("data").Replace(":", "%3A", StringComparison.Ordinal)}{shown}set,", annotation);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_hidden_character_in_a_message_is_escaped_in_the_job_summary(string hostile, string shown)
    {
        var problem = new Diagnostic(new SourceLocation($"data/a{hostile}b.csv", 2, 3), ProblemCode.ValueDomain, $"'x{hostile}y' | is wrong");
        using var summary = new StringWriter { NewLine = "\n" };

        GithubStepSummary.WriteProblems(summary, "mcro validate", [problem], new GithubPaths(null));

        AssertPrintable(summary.ToString());
        Assert.Contains($"| `data/a{shown}b.csv:2:3` | value-domain | 'x{shown}y' \\| is wrong |", summary.ToString().Split('\n'));
    }

    [Fact]
    public void Github_annotations_escape_percent_and_the_property_separators()
    {
        var problem = new Diagnostic(new SourceLocation("data/a,b:c%.csv", 2, 3), ProblemCode.ValueDomain, "100% sure\nsecond line");

        var annotation = ProblemPrinter.GithubAnnotation(problem, new GithubPaths(null));

        Assert.Equal("::error file=data/a%2Cb%3Ac%25.csv,line=2,col=3,title=mcro value-domain::100%25 sure\\nsecond line", annotation);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_hidden_character_in_a_value_typed_on_the_command_line_is_escaped_in_the_usage_error(string hostile, string shown)
    {
        var run = CliRun.Of("validate", "--format", $"x{hostile}y");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        AssertPrintable(run.Error);
        Assert.Contains($"x{shown}y", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_line_of_the_text_format_is_one_problem_whatever_the_message_holds()
    {
        var problems = Hostile().Select(h => new Diagnostic(new SourceLocation($"a{h[0]}.csv", 1, 2), ProblemCode.ValueDomain, $"value '{h[0]}' is wrong")).ToList();
        using var output = new StringWriter { NewLine = "\n" };

        ProblemPrinter.Print(problems, ProblemFormat.Text, output);

        AssertPrintable(output.ToString());
        Assert.Equal(problems.Count, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Ordinary_letters_of_every_edition_are_printed_as_they_are()
    {
        const string text = "Graçanicë/Gračanica – Грачаница, 100 % ß 漢字 😀";

        Assert.Equal(text, SafeText.Escape(text));
    }

    [Fact]
    public void The_root_given_as_out_is_shown_as_the_root_not_as_the_current_folder()
    {
        var run = CliRun.Build(SiteFixtureData(), Mcro.Tests.Site.SiteFixture.TemplatesFolder, "/");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.OutputLines.Concat(run.Error.Split('\n')), l => l.StartsWith("/: --out ", StringComparison.Ordinal));
        Assert.DoesNotContain(".: --out", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("//", "/")]
    [InlineData("./x/", "./x")]
    [InlineData("./x", "./x")]
    [InlineData("../site", "../site")]
    [InlineData("data", "data")]
    [InlineData(".", ".")]
    [InlineData("a\\b", "a\\b")]
    public void A_folder_is_shown_as_typed_less_a_trailing_separator_and_a_root_stays_a_root(string typed, string shown)
    {
        if (OperatingSystem.IsWindows() && typed.Contains('\\', StringComparison.Ordinal)) return;
        Assert.Equal(shown, FolderDisplay.AsTyped(typed));
    }

    private string SiteFixtureData()
    {
        var data = Work.PathOf("data");
        FolderCopy.Copy(Mcro.Tests.Site.SiteFixture.DataFolder, data);
        return data;
    }

    [Fact]
    public void The_escape_is_applied_once()
    {
        Assert.Equal("a\\u001Bb", SafeText.Escape(SafeText.Escape("a\u001bb")));
        Assert.Equal(Encoding.UTF8.GetByteCount("ok"), Encoding.UTF8.GetByteCount(SafeText.Escape("ok")));
    }
}
