using System.Text.RegularExpressions;
using Mcro.Diagnostics;
using Mcro.Localization;

namespace Mcro.Tests.Concepts;

/// <summary>The catalogue of problem codes: scripts filter on the printed strings, so each is one distinct, well-formed id.</summary>
public sealed partial class ProblemCodeTests
{
    [Fact]
    public void Every_code_is_printed_as_a_distinct_lower_case_id()
    {
        var texts = ProblemCode.All.Select(c => c.Text).ToList();

        Assert.True(texts.Count > 50, $"{texts.Count} codes");
        Assert.Equal(texts.Count, texts.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(texts, t => Assert.Matches(Id(), t));
    }

    [Fact]
    public void Every_code_says_what_it_means_in_one_line()
    {
        Assert.All(ProblemCode.All, c => Assert.True(c.Meaning.Length > 10 && !c.Meaning.Contains('\n'), $"{c.Text}: '{c.Meaning}'"));
    }

    [Fact]
    public void A_code_prints_as_its_text_in_a_problem()
    {
        var problem = new Diagnostic(new SourceLocation("data/2019/offices.csv", 3, 4), ProblemCode.NaWithoutExclusion, "n/a");

        Assert.Equal("na-without-exclusion", problem.Rule);
        Assert.Equal("na-without-exclusion", ProblemCode.NaWithoutExclusion.ToString());
    }

    [Fact]
    public void Each_kind_of_translation_finding_has_its_code_named_after_it()
    {
        Assert.All(TranslationStatus.Kinds, kind => Assert.Equal("i18n-" + kind, ProblemCode.OfTranslation(kind).Text));
        Assert.All(TranslationStatus.Kinds, kind => Assert.Contains(ProblemCode.OfTranslation(kind), ProblemCode.All));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Id();
}
