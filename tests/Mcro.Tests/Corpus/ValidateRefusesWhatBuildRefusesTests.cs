using Mcro.Build;
using Mcro.Diagnostics;
using Mcro.Site;
using Mcro.Validation;

namespace Mcro.Tests.Corpus;

/// <summary>
/// For every corpus case, the problems `mcro validate` reports are exactly those the build refuses on: the data team
/// who ran validate and saw nothing is never surprised by the build. The validation entry point and the build
/// pipeline run in memory on the same input. Templates are the build's alone (validate checks the data), so a case
/// about templates gives no problem to validate and only template problems to the build; a command line refused
/// before anything is read (outcome usage) reaches neither.
/// </summary>
public sealed class ValidateRefusesWhatBuildRefusesTests() : TempFolderTest("mcro-corpus-same-")
{
    public static TheoryData<string> Cases() => [.. CorpusCase.All().Where(c => c.Outcome != "usage").Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_reports_the_problems_the_build_refuses_on(string name)
    {
        var corpusCase = CorpusCase.Load(Path.Combine(CorpusCase.Root, name));
        var input = CorpusInput.Prepare(corpusCase, Work);
        var years = Option(corpusCase, "--year")?.Split(',').Select(y => int.Parse(y, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var languages = Option(corpusCase, "--lang")?.Split(',').ToList();

        var validated = DatasetValidator.LoadAndValidate(input.Data, "data", years).Problems;
        var outcome = BuildPipeline.RunInMemory(
            new BuildRequest(input.Data, "data", input.Templates, "templates", Work.PathOf("out"), "out", years, languages, null), new MemorySink());
        var refused = outcome is BuildOutcome.Failed failed ? failed.Problems : [];

        if (corpusCase.Templates is null)
            Assert.Equal(Lines(validated), Lines(refused));
        else
        {
            Assert.Empty(Lines(validated));
            Assert.NotEmpty(refused);
            Assert.All(refused, p => Assert.StartsWith("templates/", p.Location.File, StringComparison.Ordinal));
        }
        Assert.Equal(corpusCase.Outcome == "built", refused.Count == 0);
    }

    private static IReadOnlyList<string> Lines(IEnumerable<Diagnostic> problems) => [.. problems.Select(p => $"{p} [{p.Rule}]").Order(StringComparer.Ordinal)];

    private static string? Option(CorpusCase corpusCase, string name)
    {
        var at = corpusCase.Arguments.ToList().IndexOf(name);
        return at >= 0 && at + 1 < corpusCase.Arguments.Count ? corpusCase.Arguments[at + 1] : null;
    }
}
