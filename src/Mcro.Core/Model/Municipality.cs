using Mcro.Diagnostics;

namespace Mcro.Model;

/// <summary>
/// A municipality and the years of its offices: a MOCR from <see cref="MocrSince"/> to <see cref="MocrUntil"/>, a similar
/// (non-MOCR) office in the years of <see cref="SimilarOffice"/>. A year's figures ask only about that year, so adding a
/// later year never changes an earlier one.
/// </summary>
public sealed record Municipality(string Code, LocalizedText Name, int? MocrSince, bool SimilarOffice, SourceLocation Location)
{
    /// <summary>The last year the MOCR existed; null while it still does.</summary>
    public int? MocrUntil { get; init; }

    /// <summary>The first year of the similar office; null for "as long as the data goes back".</summary>
    public int? SimilarOfficeSince { get; init; }

    /// <summary>The last year of the similar office; null while it still exists.</summary>
    public int? SimilarOfficeUntil { get; init; }

    public bool HasMocrIn(int year) => MocrSince is { } since && since <= year && (MocrUntil is not { } until || year <= until);

    public bool HasSimilarOfficeIn(int year) =>
        SimilarOffice && (SimilarOfficeSince is not { } since || since <= year) && (SimilarOfficeUntil is not { } until || year <= until);

    /// <summary>
    /// The name as it stands after "in" in a language that declines it ("u Severnoj Mitrovici", "në Mitrovicë Veriore"),
    /// from the optional locative_{lang} columns; a language without one uses <see cref="Name"/>.
    /// </summary>
    public LocalizedText Locative { get; init; } = LocalizedText.Empty;
}
