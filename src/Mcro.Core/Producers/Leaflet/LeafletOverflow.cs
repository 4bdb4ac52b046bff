using System.Text.RegularExpressions;
using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Model;

namespace Mcro.Producers.Leaflet;

/// <summary>
/// A leaflet that prints on more than two pages, reported where a translator can shorten it: at the i18n text of
/// each block that prints past the second page ("data/i18n/sr.yaml:109:3 (closing.paragraph): the 2019 sr leaflet
/// prints on 3 pages"), so that a CI annotation lands on the line that was changed. A block is the text whose words
/// (outside its placeholders) it shows, the longest such text; a leaflet whose blocks past the second page are all
/// data is reported at the sheet.
/// </summary>
internal static partial class LeafletOverflow
{
    /// <summary>Fewer letters of its own than this, and a text could be found in any block ("{count} %").</summary>
    private const int ShortestTelling = 12;

    public static IReadOnlyList<Diagnostic> Problems(I18nCatalog catalog, Edition edition, int year, int pages, IReadOnlyList<string> blocksPast, SourceLocation sheet)
    {
        var message = $"the {year} {edition.Tag} leaflet prints on {pages} pages, and it must fit on two A4 pages";
        var texts = catalog.ByLanguage.TryGetValue(edition.DataLanguage, out var found) ? found : null;
        var keys = blocksPast.Select(block => texts is null ? null : TextOf(texts, edition, Normalize(block))).ToList();
        var problems = keys.OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(key => new Diagnostic(texts![key].Location, ProblemCode.LeafletFailed, $"({key}): {message}; shorten this text"))
            .ToList();
        if (problems.Count == 0)
            problems.Add(new Diagnostic(sheet, ProblemCode.LeafletFailed, $"cannot print this sheet's leaflet: it prints on {pages} page(s), and the leaflet is exactly two A4 pages; " +
                "shorten this sheet's texts or notes"));
        return problems;
    }

    /// <summary>The key of the text a block shows: every literal part of it in the block, in order; the longest wins.</summary>
    private static string? TextOf(IReadOnlyDictionary<string, I18nText> texts, Edition edition, string block)
    {
        string? best = null;
        var bestLength = ShortestTelling - 1;
        foreach (var (key, text) in texts)
        {
            foreach (var form in text.IsPlural ? text.PluralForms.Values : [text.Plain!])
            {
                var parts = Literals(Normalize(edition.Script(form)));
                var length = parts.Sum(p => p.Length);
                if (length > bestLength && InOrder(block, parts))
                {
                    best = key;
                    bestLength = length;
                }
            }
        }
        return best;
    }

    private static List<string> Literals(string text)
    {
        var parts = new List<string>();
        var from = 0;
        foreach (var (start, end, _) in Placeholders.In(text))
        {
            parts.Add(text[from..start].Trim());
            from = end + 1;
        }
        parts.Add(text[from..].Trim());
        return parts.Where(p => p.Length > 0).ToList();
    }

    private static bool InOrder(string block, List<string> parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var found = block.IndexOf(part, at, StringComparison.Ordinal);
            if (found < 0) return false;
            at = found + part.Length;
        }
        return true;
    }

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
