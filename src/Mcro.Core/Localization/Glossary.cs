using System.Collections.Immutable;
using Mcro.Diagnostics;

namespace Mcro.Localization;

/// <summary>
/// i18n/glossary.yaml: per data language, the terms the pages use and the variants that drift from them. The sr terms
/// also hold for the sr-Cyrl edition, which is transliterated from the sr texts (each variant matches in either script).
/// </summary>
public sealed record Glossary(ImmutableArray<GlossaryEntry> Entries)
{
    public const string File = "i18n/glossary.yaml";

    public static readonly Glossary Empty = new([]);

    public IEnumerable<GlossaryEntry> Of(string language) => Entries.Where(e => e.Language == language);
}

/// <summary>One preferred term and the variants a text must not use in its place.</summary>
/// <param name="Except">Words a variant's stem would reach that are other words ("izuzet*" and "izuzetno").</param>
public sealed record GlossaryEntry(string Language, string Term, ImmutableArray<GlossaryVariant> Variants, ImmutableArray<GlossaryPattern> Except,
    SourceLocation Location);

/// <summary>A variant as the glossary writes it, where it is written, and how it is found.</summary>
public sealed record GlossaryVariant(string Written, GlossaryPattern Pattern, SourceLocation Location);
