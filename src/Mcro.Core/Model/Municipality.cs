using Mcro.Diagnostics;

namespace Mcro.Model;

/// <summary>A municipality; it has a MOCR from <see cref="MocrSince"/> on, or a similar office, or neither.</summary>
public sealed record Municipality(string Code, LocalizedText Name, int? MocrSince, bool SimilarOffice, SourceLocation Location)
{
    public bool HasMocrIn(int year) => MocrSince is { } since && since <= year;

    /// <summary>
    /// The name as it stands after "in" in a language that declines it ("u Severnoj Mitrovici", "në Mitrovicë Veriore"),
    /// from the optional locative_{lang} columns; a language without one uses <see cref="Name"/>.
    /// </summary>
    public LocalizedText Locative { get; init; } = LocalizedText.Empty;
}
