using System.Collections.Immutable;

namespace Mcro.Localization;

/// <summary>
/// One i18n text a page asks for by key: whether it is plain or plural, and the placeholders the page fills in it
/// (a plural text's include {count}). Each kind of page declares the texts it uses (<c>IPageProducer.Texts</c>).
/// </summary>
public sealed record PageText(string Key, bool Plural, ImmutableArray<string> Placeholders)
{
    public static PageText Plain(string key, params string[] placeholders) => new(key, false, [.. placeholders]);

    public static PageText PluralOf(string key, params string[] placeholders) => new(key, true, [.. placeholders]);
}
