using System.Collections.Immutable;
using Mcro.Diagnostics;

namespace Mcro.Model;

/// <summary>config.yaml: which languages the data speaks and what the site is called.</summary>
public sealed record DatasetConfig(
    bool Illustrative,
    ImmutableArray<string> Languages,
    string DefaultLanguage,
    bool CyrillicEdition,
    LocalizedText Title,
    LocalizedText Publisher,
    SourceLocation Location)
{
    /// <summary>The mission's name per language, as a sentence's subject: "Misija OEBS-a na Kosovu" ({mission} in texts).</summary>
    public LocalizedText Mission { get; init; } = LocalizedText.Empty;

    /// <summary>The name after "of" where a language declines it: "Misije OEBS-a na Kosovu" ({mission_genitive}); else <see cref="Mission"/>.</summary>
    public LocalizedText MissionGenitive { get; init; } = LocalizedText.Empty;

    /// <summary>Languages still being translated: their empty or untranslated texts are warnings, not errors.</summary>
    public ImmutableArray<string> DraftLanguages { get; init; } = [];

    /// <summary>The encodings of data files that are not UTF-8, as config.yaml declares them (encoding, encodings).</summary>
    public DataEncodings Encodings { get; init; } = DataEncodings.None;

    /// <summary>What the accessibility statement says of the data team (accessibility:); null: the site has no statement.</summary>
    public AccessibilitySettings? Accessibility { get; init; }

    /// <summary>Words the Cyrillic edition keeps in Latin, any letter case (i18n/sr-Cyrl-keep.txt).</summary>
    public ImmutableHashSet<string> KeepLatin { get; init; } = ImmutableHashSet<string>.Empty.WithComparer(StringComparer.OrdinalIgnoreCase);

    /// <summary>The published editions: each data language, plus sr-Cyrl transliterated from sr.</summary>
    public ImmutableArray<string> Editions =>
        CyrillicEdition && Languages.Contains("sr") ? Languages.Add("sr-Cyrl") : Languages;
}
