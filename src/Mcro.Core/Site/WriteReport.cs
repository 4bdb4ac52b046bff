namespace Mcro.Site;

/// <summary>How many files a build wrote and how many it found already up to date.</summary>
public sealed record WriteReport(int Written, int Unchanged);
