using Mcro.Localization;

namespace Mcro.Producers.Leaflet;

/// <summary>The texts of the printed leaflet's document properties; its pages are the sheet's.</summary>
public static class LeafletTexts
{
    public static readonly PageText Keywords = PageText.Plain("leaflet.keywords", "year");

    /// <summary>What the leaflet asks for: the sheet's title (the PDF's title) and its keywords.</summary>
    public static IReadOnlyList<PageText> All { get; } = [SharedTexts.SheetTitle, Keywords];
}
