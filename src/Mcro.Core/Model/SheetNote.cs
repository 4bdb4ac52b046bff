using Mcro.Diagnostics;

namespace Mcro.Model;

/// <summary>An extra note printed in one section of a year's sheet.</summary>
public sealed record SheetNote(string Section, LocalizedText Text, SourceLocation Location)
{
    public static readonly IReadOnlyList<string> Sections = ["establishment", "functioning", "performance"];
}
