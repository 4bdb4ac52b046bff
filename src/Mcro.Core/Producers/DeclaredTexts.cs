using Mcro.Build;
using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Site;

namespace Mcro.Producers;

/// <summary>
/// The texts the kinds of page declare (<see cref="IPageProducer.Texts"/>), gathered: what `mcro validate`, `mcro i18n
/// status` and the build's "texts" step check the i18n files against. No list of keys is kept anywhere else.
/// </summary>
public static class DeclaredTexts
{
    /// <summary>Every text the build's kinds of page declare, and the editions' names (<see cref="Of"/>).</summary>
    public static IReadOnlyList<PageText> For(IEnumerable<string> editions) => Of(BuildPipeline.Producers, editions);

    /// <summary>
    /// Every text <paramref name="producers"/> declare, once each, and the name of each edition for the language switcher
    /// where CLDR gives none of its own (a Cyrillic edition, or a language CLDR does not know): TextCatalog.Endonym
    /// falls back to CLDR's otherwise.
    /// </summary>
    public static IReadOnlyList<PageText> Of(IEnumerable<IPageProducer> producers, IEnumerable<string> editions)
    {
        var texts = new Dictionary<string, PageText>(StringComparer.Ordinal);
        foreach (var text in producers.SelectMany(p => p.Texts).Concat(LinkTexts(producers)))
        {
            if (texts.TryGetValue(text.Key, out var other) && !SameShape(text, other))
                throw new InvalidOperationException($"the text '{text.Key}' is declared twice, as {Describe(other)} and as {Describe(text)}");
            texts.TryAdd(text.Key, text);
        }
        return [.. texts.Values.Concat(EditionNames(editions).Where(n => !texts.ContainsKey(n.Key))).OrderBy(t => t.Key, StringComparer.Ordinal)];
    }

    /// <summary>The name of each edition CLDR does not name: the switcher of every kind of page needs it.</summary>
    public static IEnumerable<PageText> EditionNames(IEnumerable<string> editions) =>
        editions.Select(Edition.For).Where(e => e.CldrName is null).Select(e => PageText.Plain(e.NameKey)).DistinctBy(t => t.Key);

    /// <summary>
    /// Runs <paramref name="producer"/> on behalf of its texts: a template it renders that reads a text it did not declare
    /// stops there, naming the template, the text and the kind of page.
    /// </summary>
    public static Result<Produced> Produce(IPageProducer producer, BuildContext context, ISiteSink sink)
    {
        using var _ = ProducingTexts.Enter(producer.Name, producer.Texts.Concat(LinkTexts(BuildPipeline.Producers)));
        return producer.Produce(context, sink);
    }

    /// <summary>The words each kind is named and linked with from other kinds' pages: every template may read them.</summary>
    public static IEnumerable<PageText> LinkTexts(IEnumerable<IPageProducer> producers) =>
        producers.SelectMany(p => p.LinkTexts);

    public static bool SameShape(PageText a, PageText b) =>
        a.Key == b.Key && a.Plural == b.Plural && a.Placeholders.Order(StringComparer.Ordinal).SequenceEqual(b.Placeholders.Order(StringComparer.Ordinal));

    private static string Describe(PageText text) =>
        (text.Plural ? "plural" : "plain") + (text.Placeholders.IsEmpty ? "" : " with " + Placeholders.Describe(text.Placeholders));
}
