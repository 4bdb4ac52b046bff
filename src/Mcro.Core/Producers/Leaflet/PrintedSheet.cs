namespace Mcro.Producers.Leaflet;

/// <summary>
/// A page as Chromium printed it, the text of each link it printed, by address, and what the page says of itself: its
/// title (its first heading's text) and its language (its &lt;html lang&gt;), the leaflet's title and /Lang.
/// </summary>
internal sealed record PrintedSheet(byte[] Pdf, IReadOnlyDictionary<string, string> LinkTexts, string Title, string Language);
