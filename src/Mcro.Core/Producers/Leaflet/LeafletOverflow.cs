using System.Globalization;
using System.Text.RegularExpressions;
using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Model.Mechanisms;

namespace Mcro.Producers.Leaflet;

/// <summary>
/// A leaflet that prints on more than two pages, reported where a translator can shorten it: at the text of each
/// block that prints past the second page, an i18n text ("data/i18n/sr.yaml:109:3 (closing.paragraph): the 2019 sr
/// leaflet prints on 3 pages") or, on a mechanism's sheet, a text of its definition ("data/mechanisms/cc.yaml:1:1
/// (mandate): the 2019 sr cc leaflet prints on 3 pages"), so that a CI annotation lands on the file that was changed. A
/// block is the text whose words (outside its placeholders) it shows, the longest such text; a leaflet whose blocks
/// past the second page are all data is reported at its page.
/// </summary>
internal static partial class LeafletOverflow
{
    /// <summary>Fewer letters of its own than this, and a text could be found in any block ("{count} %").</summary>
    private const int ShortestTelling = 12;

    /// <summary>A text a page may print, as the edition writes it (its script), every form of it, and where it is written.</summary>
    public sealed record WrittenText(string Key, SourceLocation Location, IReadOnlyList<string> Forms);

    /// <summary>The MOCR's sheet of a year: its texts are the edition's i18n texts.</summary>
    public static IReadOnlyList<Diagnostic> Problems(I18nCatalog catalog, Edition edition, int year, int pages, IReadOnlyList<string> blocksPast, SourceLocation sheet) =>
        Problems([.. I18nTexts(catalog, edition)], $"{year.ToString(CultureInfo.InvariantCulture)} {edition.Tag}", pages, blocksPast, sheet);

    /// <param name="texts">What the page's blocks may show (<see cref="TextsOf"/>).</param>
    /// <param name="leaflet">The leaflet as the message names it: "2019 sr", "2019 sr cc".</param>
    /// <param name="page">Where a leaflet too long for no text's fault is reported: its page.</param>
    public static IReadOnlyList<Diagnostic> Problems(IReadOnlyList<WrittenText> texts, string leaflet, int pages, IReadOnlyList<string> blocksPast, SourceLocation page)
    {
        var message = $"the {leaflet} leaflet prints on {pages} pages, and it must fit on two A4 pages";
        var found = blocksPast.Select(block => TextOf(texts, Normalize(block))).OfType<WrittenText>().Distinct().ToList();
        var problems = found.Select(text => new Diagnostic(text.Location, ProblemCode.LeafletFailed, $"({text.Key}): {message}; shorten this text")).ToList();
        if (problems.Count == 0)
            problems.Add(new Diagnostic(page, ProblemCode.LeafletFailed, $"cannot print this sheet's leaflet: it prints on {pages} page(s), and the leaflet is exactly two A4 pages; " +
                "shorten this sheet's texts or notes"));
        return problems;
    }

    /// <summary>
    /// The texts a printed page may show: the edition's i18n texts, and, for a page about a mechanism of the series
    /// (its subject is the mechanism's id), the texts of the mechanism's definition, at its file.
    /// </summary>
    public static IReadOnlyList<WrittenText> TextsOf(Dataset dataset, Edition edition, PageDescription page) =>
    [
        .. I18nTexts(dataset.I18n, edition),
        .. page.Subject is { } id && dataset.FindMechanism(id) is { IsOffices: false } mechanism ? DefinitionTexts(mechanism, edition) : [],
    ];

    private static IEnumerable<WrittenText> I18nTexts(I18nCatalog catalog, Edition edition) =>
        catalog.ByLanguage.TryGetValue(edition.DataLanguage, out var texts)
            ? texts.Select(t => new WrittenText(t.Key, t.Value.Location, t.Value.IsPlural ? [.. t.Value.PluralForms.Values.Select(edition.Script)] : [edition.Script(t.Value.Plain!)]))
            : [];

    private static IEnumerable<WrittenText> DefinitionTexts(MechanismDefinition mechanism, Edition edition)
    {
        WrittenText? Text(string key, LocalizedText text, SourceLocation at) =>
            text.Has(edition.DataLanguage) ? new WrittenText(key, at, [edition.Script(text[edition.DataLanguage])]) : null;

        return new[]
        {
            Text("name", mechanism.Name, mechanism.Location),
            Text("plural", mechanism.Plural, mechanism.Location),
            Text("mandate", mechanism.Mandate, mechanism.Location),
            Text("legal_basis", mechanism.LegalBasis, mechanism.Location),
            Text("people.label", mechanism.People.Label, mechanism.Location),
        }
        .Concat(mechanism.Indicators.Select(q => Text($"indicators.{q.Key}.label", q.Label, q.Location)))
        .Concat(mechanism.Duties.Select(q => Text($"duties.{q.Key}.label", q.Label, q.Location)))
        .OfType<WrittenText>();
    }

    /// <summary>The text a block shows: every literal part of it in the block, in order; the longest wins.</summary>
    private static WrittenText? TextOf(IReadOnlyList<WrittenText> texts, string block)
    {
        WrittenText? best = null;
        var bestLength = ShortestTelling - 1;
        foreach (var text in texts)
        {
            foreach (var form in text.Forms)
            {
                var parts = Literals(Normalize(form));
                var length = parts.Sum(p => p.Length);
                if (length > bestLength && InOrder(block, parts))
                {
                    best = text;
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
