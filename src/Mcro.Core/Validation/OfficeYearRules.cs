using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Validation;

/// <summary>The years of a municipality's offices must make sense: none ends before it starts, and a MOCR and a similar office never share a year.</summary>
internal static class OfficeYearRules
{
    public static void Check(Municipality m, DiagnosticBag bag)
    {
        if (m.MocrUntil is { } mocrUntil && m.MocrSince is null)
            bag.Add(m.Location, ProblemCode.OfficeYears, $"municipality '{m.Code}' has mocr_until {mocrUntil} but no mocr_since; write the year its MOCR was established");
        Order(m, m.MocrSince, m.MocrUntil, "mocr_since", "mocr_until", bag);
        Order(m, m.SimilarOfficeSince, m.SimilarOfficeUntil, "similar_office_since", "similar_office_until", bag);
        if (m.MocrSince is not { } since || !m.SimilarOffice) return;
        // The overlap of the two spans, open ends reaching as far as the data could.
        var first = Math.Max(since, m.SimilarOfficeSince ?? int.MinValue);
        var last = Math.Min(m.MocrUntil ?? int.MaxValue, m.SimilarOfficeUntil ?? int.MaxValue);
        if (first > last) return;
        bag.Add(m.Location, ProblemCode.SimilarOfficeWithMocr,
            $"municipality '{m.Code}' has both a MOCR and a similar office in {first}; a similar office is one that is not a MOCR: "
            + $"end the similar office with similar_office_until {first - 1}, or start the MOCR later");
    }

    private static void Order(Municipality m, int? since, int? until, string sinceColumn, string untilColumn, DiagnosticBag bag)
    {
        if (since is { } s && until is { } u && u < s)
            bag.Add(m.Location, ProblemCode.OfficeYears, $"municipality '{m.Code}': {untilColumn} {u} is before {sinceColumn} {s}");
    }
}
