using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Validation;

/// <summary>offices.csv must hold exactly one row for each MOCR of its year.</summary>
internal static class OfficeRules
{
    public static void Check(ValidationScope scope, YearData year, DiagnosticBag bag)
    {
        var dataset = scope.Dataset;
        var seen = new Dictionary<string, OfficeReport>(StringComparer.Ordinal);
        foreach (var office in year.Offices)
        {
            var at = office.Source.Cell("municipality");
            if (seen.TryGetValue(office.Municipality, out var first))
            {
                bag.Add(at, ProblemCode.DuplicateRow, $"office '{office.Municipality}' has a second row (first on line {first.Source.Line})");
                continue;
            }
            seen[office.Municipality] = office;
            if (KnownCodes.Municipality(scope, office.Municipality, at, bag) is { } m && !m.HasMocrIn(year.Year))
                bag.Add(at, ProblemCode.OfficeWithoutMocr, NoMocrMessage(m, year.Year));
        }

        // A row with a wrong cell still names its municipality: that is checked too, so one run reports every mistake of the row.
        foreach (var row in year.UnreadOffices)
        {
            var at = row.Source.Cell("municipality");
            if (row.Municipality is { } code && KnownCodes.Municipality(scope, code, at, bag) is { } m && !m.HasMocrIn(year.Year))
                bag.Add(at, ProblemCode.OfficeWithoutMocr, NoMocrMessage(m, year.Year));
        }

        // Rows that could not be read were reported already; calling their MOCRs missing would be noise.
        if (!year.Sources.OfficesComplete || !scope.MunicipalitiesComplete) return;
        foreach (var m in dataset.Municipalities.Where(m => m.HasMocrIn(year.Year) && !seen.ContainsKey(m.Code)))
            bag.Add(new SourceLocation(year.Sources.Offices, 1, 1), ProblemCode.MocrMissing,
                $"'{m.Code}' has a MOCR since {m.MocrSince} ({m.Location.File}:{m.Location.Line}) but no row in this file");
    }

    internal static string NoMocrMessage(Municipality m, int year) =>
        m.MocrUntil is { } until && until < year
            ? $"'{m.Code}' has no MOCR in {year}: its MOCR closed after {until} ({m.Location.File}:{m.Location.Line})"
            : m.MocrSince is { } since
            ? $"'{m.Code}' has no MOCR in {year}: its MOCR was established in {since} ({m.Location.File}:{m.Location.Line})"
            : $"'{m.Code}' has no MOCR ({m.Location.File}:{m.Location.Line} has no mocr_since)";
}
