using System.Collections.Immutable;
using Mcro.Diagnostics;
using Mcro.Loading;

namespace Mcro.Localization;

/// <summary>
/// Loads i18n/glossary.yaml (optional): a list of entries under each data language, each a term, its variants and,
/// where a variant's stem reaches other words, the words it must leave alone. Every mistake is reported where it is
/// written; an entry with one is left out, the rest still checked.
/// </summary>
public static class GlossaryLoader
{
    private static readonly string[] EntryKeys = ["term", "variants", "except"];

    public static Glossary Load(DataFolder folder, IReadOnlyList<string> languages)
    {
        if (!folder.Exists(Glossary.File) || folder.ReadYaml(Glossary.File) is not { } root) return Glossary.Empty;
        var bag = folder.Bag;
        if (YamlValues.Mapping(root, "the glossary", new SourceLocation(folder.Display(Glossary.File), 1, 1), bag) is not { } map) return Glossary.Empty;
        var entries = ImmutableArray.CreateBuilder<GlossaryEntry>();
        foreach (var (key, list) in map.Entries)
        {
            if (!languages.Contains(key.Value))
            {
                bag.Add(key.Location, ProblemCode.GlossaryEntry, UnknownLanguage(key.Value, languages));
                continue;
            }
            foreach (var item in YamlValues.Sequence(list, $"the glossary's '{key.Value}'", bag))
            {
                if (Entry(item, key.Value, bag) is { } entry) entries.Add(entry);
            }
        }
        return new Glossary(entries.ToImmutable());
    }

    private static string UnknownLanguage(string language, IReadOnlyList<string> languages) =>
        language.StartsWith("sr-", StringComparison.OrdinalIgnoreCase)
            ? $"'{Printable.Quote(language)}' is written from the sr texts: list its terms under sr, in Latin; they are checked in both scripts"
            : $"'{Printable.Quote(language)}' is not a language of the data; the glossary lists terms under {string.Join(", ", languages)}";

    private static GlossaryEntry? Entry(YamlNode item, string language, DiagnosticBag bag)
    {
        if (YamlValues.Mapping(item, "a glossary entry", item.Location, bag) is not { } entry) return null;
        YamlValues.RejectUnknownKeys(entry, "a glossary entry", EntryKeys, bag);
        if (YamlValues.Scalar(entry["term"], "a glossary entry's term", entry.Location, bag) is not { } term) return null;
        if (term.Trim().Length == 0)
        {
            bag.Add(entry["term"]!.Location, ProblemCode.GlossaryEntry, "the glossary entry's term is empty");
            return null;
        }
        var variants = Words(entry["variants"], "variants", language, bag);
        if (variants.IsEmpty)
        {
            // A variant that could not be read was reported as such; a list with none at all is reported here.
            if (entry["variants"] is null or YamlSequence { Items.IsEmpty: true })
                bag.Add(entry["variants"]?.Location ?? entry.Location, ProblemCode.GlossaryEntry, $"the glossary entry '{Printable.Quote(term)}' lists no variants to flag");
            return null;
        }
        var except = Words(entry["except"], "except", language, bag).Select(v => v.Pattern).ToImmutableArray();
        var ok = true;
        foreach (var variant in variants.Where(v => v.Pattern.Regex.IsMatch(term)))
        {
            bag.Add(variant.Location, ProblemCode.GlossaryEntry,
                $"the variant '{Printable.Quote(variant.Written)}' matches the term '{Printable.Quote(term)}' itself: every use of the term would be flagged");
            ok = false;
        }
        return ok ? new GlossaryEntry(language, term, variants, except, entry.Location) : null;
    }

    private static ImmutableArray<GlossaryVariant> Words(YamlNode? node, string what, string language, DiagnosticBag bag)
    {
        var result = ImmutableArray.CreateBuilder<GlossaryVariant>();
        var items = node is YamlScalar single ? [single] : YamlValues.Sequence(node, $"a glossary entry's {what}", bag);
        foreach (var item in items)
        {
            if (YamlValues.Scalar(item, $"a glossary entry's {what}", item.Location, bag) is not { } written) continue;
            if (GlossaryPattern.Of(written, language) is { } pattern)
                result.Add(new GlossaryVariant(written.Trim(), pattern, ((YamlScalar)item).TextStart));
            else
                bag.Add(item.Location, ProblemCode.GlossaryEntry,
                    $"'{Printable.Quote(written)}' is not a glossary word: write one or more words; '*' may only end a word (a stem)");
        }
        return result.ToImmutable();
    }
}
