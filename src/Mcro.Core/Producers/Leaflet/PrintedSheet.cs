namespace Mcro.Producers.Leaflet;

/// <summary>A sheet as Chromium printed it, and the text of each link it printed, by address.</summary>
internal sealed record PrintedSheet(byte[] Pdf, IReadOnlyDictionary<string, string> LinkTexts);
