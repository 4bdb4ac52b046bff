using Mcro.Diagnostics;

namespace Mcro.Model;

/// <summary>A community (albanian, serbian, roma, …); row order in communities.csv is display order.</summary>
public sealed record Community(string Code, LocalizedText Name, SourceLocation Location);
