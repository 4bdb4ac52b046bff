namespace Mcro.Build;

/// <summary>What `mcro build` was asked to do; each folder with the name the user gave it, for messages.</summary>
public sealed record BuildRequest(
    string DataFolder,
    string DataDisplay,
    string TemplatesFolder,
    string TemplatesDisplay,
    string OutputFolder,
    string OutputDisplay,
    IReadOnlyList<int>? Years,
    IReadOnlyList<string>? Languages,
    string? BaseUrl);
