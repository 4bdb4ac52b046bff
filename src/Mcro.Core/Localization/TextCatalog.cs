using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Localization;

/// <summary>
/// The page texts of one edition, in its script: plain texts, placeholders filled, plural forms chosen by exact number ("=0") or else by CLDR rules.
/// A text the page needs but the i18n file lacks is collected as a problem (with the file's name), never thrown.
/// </summary>
public sealed class TextCatalog
{
    private readonly ImmutableSortedDictionary<string, I18nText> _texts;
    private readonly string _file;
    private readonly List<Diagnostic> _problems = [];
    private readonly ConcurrentDictionary<string, PageText> _asked = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Producer, string Key), byte> _askedBy = new();

    public TextCatalog(I18nCatalog catalog, Edition edition, string i18nFile)
    {
        Edition = edition;
        _texts = catalog.ByLanguage.TryGetValue(edition.DataLanguage, out var texts) ? texts : ImmutableSortedDictionary<string, I18nText>.Empty;
        _file = _texts.Values.FirstOrDefault()?.Location.File ?? i18nFile;
    }

    public Edition Edition { get; }

    public IReadOnlyList<Diagnostic> Problems
    {
        get { lock (_problems) return DiagnosticOrder.Sort(_problems); }
    }

    /// <summary>The word for "and" that joins a list of names (<see cref="JoinList"/>).</summary>
    public static readonly PageText ListAnd = PageText.Plain("site.list_and");

    /// <summary>Every text the pages asked for, as they asked for it: what the page kinds must declare.</summary>
    public IReadOnlyCollection<PageText> Asked => [.. _asked.Values];

    /// <summary>Which kind of page asked for which text (by key), while a page kind was producing: each must declare its own.</summary>
    public IReadOnlyCollection<(string Producer, string Key)> AskedBy => [.. _askedBy.Keys];

    /// <summary>Every plain text, in the edition's script, for templates; language names stay as written.</summary>
    public IEnumerable<KeyValuePair<string, string>> PlainTexts() =>
        _texts.Where(t => !t.Value.IsPlural)
            .Select(t => KeyValuePair.Create(t.Key, IsLanguageName(t.Key) ? t.Value.Plain! : Edition.Script(t.Value.Plain!)));

    /// <summary>A plain text with its placeholders filled; the values are already in the edition's script.</summary>
    public string Text(PageText declared, params (string Name, string Value)[] values)
    {
        Ask(declared, new(declared.Key, false, [.. values.Select(v => v.Name)]));
        if (!_texts.TryGetValue(declared.Key, out var text) || text.IsPlural)
            return Missing(declared.Key, text is null ? "the page needs this text" : "the page needs a plain text here, not plural forms");
        return Fill(declared.Key, Edition.Script(text.Plain!), text.Location, values);
    }

    /// <summary>
    /// The plural form for <paramref name="count"/>: its exact form ("=0") when the text has one, else its CLDR category's;
    /// {count} written in the edition's number style.
    /// </summary>
    public string Plural(PageText declared, long count, params (string Name, string Value)[] values)
    {
        Ask(declared, new(declared.Key, true, ["count", .. values.Select(v => v.Name)]));
        if (!_texts.TryGetValue(declared.Key, out var text) || !text.IsPlural)
            return Missing(declared.Key, text is null ? "the page needs this text" : "the page needs plural forms here (one, other, …)");
        if (PluralForms.Choose(text.PluralForms, Edition.DataLanguage, count) is not { } chosen)
            return Missing(declared.Key, $"no plural form '{PluralRules.Select(Edition.DataLanguage, count)}'");
        return Fill(declared.Key, Edition.Script(text.PluralForms[chosen]), text.Location, [("count", Edition.Numbers.Integer(count)), .. values]);
    }

    /// <summary>A template read the plain text <paramref name="key"/> (<c>t.site.note</c>) while <paramref name="producer"/> was producing.</summary>
    internal void AskedByTemplate(string key, string? producer)
    {
        _asked.TryAdd(key, PageText.Plain(key));
        if (producer is not null) _askedBy.TryAdd((producer, key), 0);
    }

    /// <summary>
    /// The edition's own name for itself (its endonym), for language switchers: "Српски (ћирилица)"; without one in its
    /// i18n file, CLDR's name for the language, with a capital as a menu writes it ("Türkçe").
    /// </summary>
    public string Endonym()
    {
        Ask(PageText.Plain(Edition.NameKey), PageText.Plain(Edition.NameKey));
        if (_texts.TryGetValue(Edition.NameKey, out var written) && !written.IsPlural) return Edition.Script(written.Plain!);
        if (Edition.CldrName is { } name) return name;
        return Missing(Edition.NameKey, "the language switcher needs it");
    }

    /// <summary>"a, b and c" with the edition's word for "and" (site.list_and).</summary>
    public string JoinList(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " " + Text(ListAnd) + " " + items[^1],
    };

    /// <summary>
    /// Records the text as the C# asked for it. It fills only placeholders it declared (it may leave one out: a dataset
    /// without a mission fills no {mission}); anything else is a bug in mcro, which the check of the i18n files against
    /// the declarations, before the pages, could not see.
    /// </summary>
    private void Ask(PageText declared, PageText asked)
    {
        _asked.TryAdd(asked.Key, asked);
        if (ProducingTexts.Current is { } producer) _askedBy.TryAdd((producer.Name, asked.Key), 0);
        if (asked.Plural != declared.Plural || asked.Placeholders.Except(declared.Placeholders, StringComparer.Ordinal).Any())
            throw new InvalidOperationException($"the text '{declared.Key}' is asked for as {Shape(asked)} but declared as {Shape(declared)}");
    }

    private static string Shape(PageText text) =>
        (text.Plural ? "plural" : "plain") + " with " + (text.Placeholders.IsEmpty ? "no placeholder" : Placeholders.Describe(text.Placeholders));

    private static bool IsLanguageName(string key) => key.StartsWith("language_names.", StringComparison.Ordinal);

    private string Fill(string key, string text, SourceLocation at, (string Name, string Value)[] values)
    {
        var sb = new StringBuilder(text.Length + 32);
        var from = 0;
        foreach (var (start, end, name) in Placeholders.In(text))
        {
            sb.Append(text, from, start - from);
            var found = Array.FindIndex(values, v => v.Name == name);
            if (found >= 0) sb.Append(values[found].Value);
            else
            {
                Report(at, $"{key}: unknown placeholder {{{name}}}; this text can use {Placeholders.Describe(values.Select(v => v.Name))}");
                sb.Append(text, start, end - start + 1);
            }
            from = end + 1;
        }
        return sb.Append(text, from, text.Length - from).ToString();
    }

    private string Missing(string key, string why)
    {
        Report(new SourceLocation(_file, 1, 1), $"text '{key}' is missing in '{Edition.DataLanguage}': {why}");
        return key;
    }

    private void Report(SourceLocation at, string message)
    {
        lock (_problems) _problems.Add(new Diagnostic(at, ProblemCode.I18nText, message));
    }
}
