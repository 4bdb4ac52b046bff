using Mcro.Localization;

namespace Mcro.Producers.Leaflet;

/// <summary>The texts of the printed leaflet's document properties; its pages, its title and its language are the printed page's.</summary>
public static class LeafletTexts
{
    /// <summary>The MOCR sheet's keywords (its <see cref="PageDescription.LeafletKeywords"/>): they name the offices.</summary>
    public static readonly PageText Keywords = PageText.Plain("leaflet.keywords", "year");

    /// <summary>What the leaflet asks for: the keywords of its document information.</summary>
    public static IReadOnlyList<PageText> All { get; } = [Keywords];
}
