namespace Mcro.Localization;

/// <summary>
/// One published language of the site: a data language as written (sq, sr, en), or sr-Cyrl,
/// which reads the sr texts and writes them in Cyrillic.
/// </summary>
/// <param name="Tag">BCP 47 tag, used in &lt;html lang&gt; and in paths: "sr-Cyrl".</param>
/// <param name="DataLanguage">Whose texts and names it shows: "sr" for sr-Cyrl.</param>
public sealed record Edition(string Tag, string DataLanguage)
{
    public bool IsCyrillic => Tag != DataLanguage;

    /// <summary>
    /// The tag of the content (html lang, hreflang, SVG xml:lang), which may say more than the folder's name: Serbian
    /// data is written in Latin script, and a bare "sr" means Cyrillic in BCP 47, so sr pages say "sr-Latn".
    /// </summary>
    public string Language => Tag == "sr" ? "sr-Latn" : Tag;

    public NumberStyle Numbers { get; } = NumberStyle.For(Tag);

    /// <summary>
    /// CLDR's name of the language as a menu writes it ("Türkçe"), for a switcher whose i18n file names no language;
    /// none for a Cyrillic edition (CLDR's name would not say the script) or a language CLDR data lacks.
    /// </summary>
    public string? CldrName => !IsCyrillic && Cldr.CldrData.Find(Tag) is { } locale ? char.ToUpperInvariant(locale.Name[0]) + locale.Name[1..] : null;

    /// <summary>The edition of a tag from config.yaml's editions; only sr-Cyrl is derived from another language.</summary>
    public static Edition For(string tag) =>
        tag.Equals("sr-Cyrl", StringComparison.OrdinalIgnoreCase) ? new Edition("sr-Cyrl", "sr") : new Edition(tag, tag);

    /// <summary>A text of the data language in this edition's script.</summary>
    public string Script(string text) => IsCyrillic ? SerbianTransliterator.ToCyrillic(text, KeepLatin) : text;

    /// <summary>The dataset's words that stay Latin in a Cyrillic edition (i18n/sr-Cyrl-keep.txt).</summary>
    public IReadOnlySet<string> KeepLatin { get; init; } = new HashSet<string>();

    /// <summary>An edition is its tag: the same edition whichever dataset's keep list it carries.</summary>
    public bool Equals(Edition? other) => other is not null && Tag == other.Tag;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Tag);

    /// <summary>The key of this edition in i18n's language_names: "sr_cyrl".</summary>
    public string NameKey => "language_names." + Tag.ToLowerInvariant().Replace('-', '_');
}
