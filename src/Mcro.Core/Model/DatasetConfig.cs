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
    /// <summary>The published editions: each data language, plus sr-Cyrl transliterated from sr.</summary>
    public ImmutableArray<string> Editions =>
        CyrillicEdition && Languages.Contains("sr") ? Languages.Add("sr-Cyrl") : Languages;
}
