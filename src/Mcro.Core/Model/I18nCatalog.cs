using System.Collections.Immutable;

namespace Mcro.Model;

/// <summary>The page texts of every language: language → dotted key → text.</summary>
public sealed record I18nCatalog(ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, I18nText>> ByLanguage)
{
    public static readonly I18nCatalog Empty = new(ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, I18nText>>.Empty);
}
