using Mcro.Diagnostics;

namespace Mcro.Model;

/// <summary>One of the core tasks the mission monitors; row order in tasks.csv is display order.</summary>
public sealed record CoreTask(string Key, LocalizedText Name, SourceLocation Location);
