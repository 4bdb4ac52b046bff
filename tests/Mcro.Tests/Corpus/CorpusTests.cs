using System.Net;
using System.Text.Json;
using Mcro.Tests.Site;

namespace Mcro.Tests.Corpus;

/// <summary>
/// Every case of tests/corpus through the real command line, into an output folder that already holds a good
/// site. Refused input: exit 1, the expected file:line and message, no stack trace, the site byte-identical.
/// Hostile text that is valid data: a build that escapes it in every page and chart, and valid JSON and CSV.
/// </summary>
public sealed class CorpusTests() : TempFolderTest("mcro-corpus-")
{
    private static readonly Lazy<string> PreviousSite = new(() =>
    {
        // Shared by every case and never disposed: the test host's temporary folder outlives the run.
        var folder = new TempFolder("mcro-corpus-previous-").PathOf("site");
        var run = CliRun.Build(SiteFixture.DataFolder, SiteFixture.TemplatesFolder, folder, "--year", "2019", "--lang", "en");
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        return folder;
    });

    public static TheoryData<string> Cases() => [.. CorpusCase.All().Select(c => c.Name)];

    [Fact]
    public void The_corpus_has_at_least_forty_cases_and_every_one_says_what_it_expects()
    {
        var cases = CorpusCase.All();
        Assert.True(cases.Count >= 40, $"{cases.Count} cases");
        Assert.All(cases, c => Assert.True(c.Outcome == "built" ? c.Escaped.Count > 0 : c.Messages.Count > 0, c.Name));
    }

    [Fact]
    public void The_readme_table_counts_the_cases_of_each_category()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "README.md"));
        var table = readme.SkipWhile(l => !l.StartsWith("| category | cases |", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => !cells[1].StartsWith("**", StringComparison.Ordinal))
            .ToDictionary(cells => cells[1].Split(' ')[0], cells => int.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture));
        var corpus = CorpusCase.All().GroupBy(c => c.Category).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(corpus.OrderBy(p => p.Key, StringComparer.Ordinal), table.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_is_refused_with_its_file_and_line_or_built_with_its_text_escaped(string name)
    {
        var corpusCase = CorpusCase.Load(Path.Combine(CorpusCase.Root, name));
        var (data, templates) = CorpusInput.Prepare(corpusCase, Work);
        var output = Work.PathOf("out");
        FolderCopy.Copy(PreviousSite.Value, output);
        var before = FolderSnapshot.Of(output);

        var run = CliRun.Build(data, templates, output, [.. corpusCase.Arguments]);

        var printed = run.Output + run.Error;
        Assert.DoesNotContain("   at ", printed);
        Assert.DoesNotContain("internal error", printed);
        if (corpusCase.Outcome != "built")
        {
            Assert.True(run.ExitCode == corpusCase.ExitCode, $"exit {run.ExitCode}:\n{printed}");
            Assert.All(corpusCase.Messages, fragment => Assert.True(printed.Contains(fragment, StringComparison.Ordinal), $"'{fragment}' not in:\n{printed}"));
            Assert.Equal(before, FolderSnapshot.Of(output));
        }
        else
        {
            Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}:\n{printed}");
            AssertEscapedEverywhere(output, corpusCase.Escaped);
        }
    }

    /// <summary>The text reached the pages (decoded, it is there) and no page or chart carries it as markup.</summary>
    private static void AssertEscapedEverywhere(string site, IReadOnlyList<string> texts)
    {
        var files = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).ToList();
        var markup = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".svg", StringComparison.Ordinal)).ToList();
        foreach (var text in texts)
        {
            Assert.Contains(markup, f => WebUtility.HtmlDecode(File.ReadAllText(f)).Contains(text, StringComparison.Ordinal));
            foreach (var file in markup)
            {
                var content = File.ReadAllText(file);
                Assert.False(content.Contains("<script", StringComparison.OrdinalIgnoreCase), $"{file} has a <script>");
                Assert.False(content.Contains("<!--", StringComparison.Ordinal), $"{file} has a comment opened by data");
                Assert.False(content.Contains("]]>", StringComparison.Ordinal), $"{file} has a raw ]]>");
                Assert.False(content.Contains(text, StringComparison.Ordinal), $"{file} has the text unescaped");
            }
        }
        foreach (var json in files.Where(f => f.EndsWith(".json", StringComparison.Ordinal)))
            using (JsonDocument.Parse(File.ReadAllBytes(json))) { }
        foreach (var csv in files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(csv);
            Assert.All(lines, line => Assert.Equal(lines[0].Split(',').Length, line.Split(',').Length));
        }
    }
}
