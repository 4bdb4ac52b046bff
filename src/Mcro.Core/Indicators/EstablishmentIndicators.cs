using System.Collections.Immutable;
using Mcro.Model;

namespace Mcro.Indicators;

/// <summary>The establishment section: how many municipalities, how many MOCRs, since when, and the similar offices.</summary>
public static class EstablishmentIndicators
{
    public static int Municipalities(ImmutableArray<Municipality> municipalities) => municipalities.Length;

    /// <summary>The MOCRs of a year are the municipalities whose MOCR was established in or before it and not closed before it.</summary>
    public static int Offices(ImmutableArray<Municipality> municipalities, int year) =>
        municipalities.Count(m => m.HasMocrIn(year));

    /// <summary>The year the first of that year's MOCRs was established; null when there is none.</summary>
    public static int? FirstEstablished(ImmutableArray<Municipality> municipalities, int year) =>
        municipalities.Where(m => m.HasMocrIn(year)).Select(m => m.MocrSince).Min();

    /// <summary>Codes of the municipalities with a similar office that is not a MOCR in that year, sorted.</summary>
    public static ImmutableArray<string> SimilarOffices(ImmutableArray<Municipality> municipalities, int year) =>
        [.. municipalities.Where(m => m.HasSimilarOfficeIn(year)).Select(m => m.Code).Order(StringComparer.Ordinal)];
}
