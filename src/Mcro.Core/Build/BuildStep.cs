namespace Mcro.Build;

/// <summary>One timed step of a build, for the summary and for finding what is slow.</summary>
public sealed record BuildStep(string Name, TimeSpan Elapsed, string Detail);
