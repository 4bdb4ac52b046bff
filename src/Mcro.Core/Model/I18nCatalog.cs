using System.Collections.Immutable;

namespace Mcro.Model;

/// <summary>The page texts of every language: language → dotted key → text.</summary>
public sealed record I18nCatalog(ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, I18nText>> ByLanguage)
{
    public static readonly I18nCatalog Empty = new(ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, I18nText>>.Empty);

    /// <summary>
    /// A language's file as the other messages name it, for a problem of the whole file ("missing"): where its texts
    /// were read, or, for a file with none, i18n/ beside config.yaml.
    /// </summary>
    public string FileOf(string language, DatasetConfig config) =>
        ByLanguage.TryGetValue(language, out var texts) && texts.Values.FirstOrDefault() is { } text ? text.Location.File
        : (config.Location.File is var file && file.LastIndexOf('/') is var slash and >= 0 ? file[..(slash + 1)] : "") + $"i18n/{language}.yaml";
}
