using System.Text.RegularExpressions;
using Mcro.Localization;

namespace Mcro.Tests.Rendering;

/// <summary>
/// Where a text has a form for zero, no page of the sample shows "0 " before the noun it counts: every page and chart
/// (hidden descriptions and labels included) of every year and edition. The nouns come from the texts themselves (the
/// word after {count} in their "other" form), so a zero form added tomorrow is checked too.
/// </summary>
public sealed partial class ZeroFormsOnPagesTests
{
    [GeneratedRegex(@"\{count\}[ \u00A0]+(\p{L}[\p{L}\p{M}'’-]*)")]
    private static partial Regex CountedWord();

    /// <summary>Per edition, the words counted by a text that has a form for 0, in the edition's script: "OKZP", "ОКЗП", "MOCRs".</summary>
    private static Dictionary<string, HashSet<string>> CountedNouns()
    {
        var nouns = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (edition, _) in SampleSite.Texts)
        {
            var words = nouns[edition.Tag] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in SampleSite.Dataset.I18n.ByLanguage[edition.DataLanguage].Values.Where(t => t.IsPlural && t.PluralForms.ContainsKey(PluralForms.Exact(0))))
            {
                if (text.PluralForms.TryGetValue("other", out var other))
                    words.UnionWith(CountedWord().Matches(edition.Script(other)).Select(m => m.Groups[1].Value));
            }
        }
        return nouns;
    }

    [Fact]
    public void No_page_shows_zero_before_a_noun_whose_text_has_a_zero_form()
    {
        var nouns = CountedNouns();
        // The profiles' standing lists meet 0 in every edition: their nouns must be among those checked.
        var standing = new Dictionary<string, string> { ["sq"] = "ZKKK", ["sr"] = "OKZP", ["sr-Cyrl"] = "ОКЗП", ["en"] = "MOCRs" };
        Assert.Equal(standing.Keys.Order(StringComparer.Ordinal), nouns.Keys.Order(StringComparer.Ordinal));
        Assert.All(standing, s => Assert.Contains(s.Value, nouns[s.Key]));

        var found = new List<string>();
        foreach (var (path, text) in SampleSite.Pages)
        {
            if (SampleSite.EditionOf(path) is not { } edition) continue;
            foreach (var noun in nouns[edition.Tag])
            {
                var zero = new Regex(@"(?<![\p{N}.,\u00A0\u202F])0[ \u00A0]+" + Regex.Escape(noun) + @"(?![\p{L}\p{M}])");
                found.AddRange(zero.Matches(text).Select(m => $"{path}: …{Around(text, m.Index)}…"));
            }
        }
        Assert.Empty(found);
    }

    [Fact]
    public void The_zero_forms_are_what_the_sample_shows_where_a_count_is_zero()
    {
        // Profiles whose office did better or worse than every other MOCR that year say so in words, in every edition.
        Assert.Contains(SampleSite.Pages, p => p.Text.Contains("Nijedna OKZP nije obavila više zadataka.", StringComparison.Ordinal));
        Assert.Contains(SampleSite.Pages, p => p.Text.Contains("Ниједна ОКЗП није обавила више задатака.", StringComparison.Ordinal));
        Assert.Contains(SampleSite.Pages, p => p.Text.Contains("Asnjë ZKKK nuk ka realizuar më shumë detyra.", StringComparison.Ordinal));
        Assert.Contains(SampleSite.Pages, p => p.Text.Contains("No MOCR performed more.", StringComparison.Ordinal));
    }

    private static string Around(string text, int at) =>
        text.Substring(Math.Max(0, at - 40), Math.Min(text.Length, at + 60) - Math.Max(0, at - 40)).ReplaceLineEndings(" ");
}
