namespace Mcro.Rendering.Views;

/// <summary>"Download figures (JSON/CSV)": the text around the links, and the links.</summary>
public sealed record DownloadLinks(string Before, string After, IReadOnlyList<FileLink> Files);

public sealed record FileLink(string Label, string Href, string MediaType);
