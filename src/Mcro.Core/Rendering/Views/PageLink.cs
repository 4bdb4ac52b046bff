namespace Mcro.Rendering.Views;

/// <summary>A link with its text: the trends page from a sheet, a sheet from a profile.</summary>
public sealed record PageLink(string Text, string Href);
