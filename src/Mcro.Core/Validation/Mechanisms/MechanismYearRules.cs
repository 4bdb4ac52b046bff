using Mcro.Diagnostics;
using Mcro.Model;
using Mcro.Model.Mechanisms;

namespace Mcro.Validation.Mechanisms;

/// <summary>
/// A mechanism's year: one row per municipality, people only where the mechanism works, every n/a matched by an
/// exclusion with its reason and every exclusion by its n/a, notes in the sheet's own sections.
/// </summary>
internal static class MechanismYearRules
{
    public static void Check(ValidationScope scope, MechanismDefinition definition, MechanismYear data, DiagnosticBag bag)
    {
        var dataset = scope.Dataset;
        var languages = dataset.Config.Languages;
        var rows = new Dictionary<string, MechanismReport>(StringComparer.Ordinal);
        foreach (var report in data.Reports)
        {
            if (rows.TryGetValue(report.Municipality, out var first))
            {
                bag.Add(report.Source.Cell("municipality"), ProblemCode.DuplicateRow,
                    $"'{report.Municipality}' has a second row (first on line {first.Source.Line}); one row per municipality");
                continue;
            }
            rows[report.Municipality] = report;
            KnownCodes.Municipality(scope, report.Municipality, report.Source.Cell("municipality"), bag);
        }
        var unread = data.UnreadReports.Select(r => r.Municipality).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (scope.MunicipalitiesComplete && scope.Read(data.Sources.Municipalities) && !data.Reports.IsEmpty | !data.UnreadReports.IsEmpty)
        {
            var missing = dataset.Municipalities.Where(m => !rows.ContainsKey(m.Code) && !unread.Contains(m.Code)).ToList();
            if (missing.Count > 0)
                bag.Add(SourceLocation.OfFile(data.Sources.Municipalities), ProblemCode.MechanismRowMissing,
                    $"no row for {string.Join(", ", missing.Select(m => $"'{m.Code}'"))}: every municipality has one row, with status no where the {Abbreviation(definition)} is not established");
        }

        foreach (var person in data.People)
        {
            if (KnownCodes.Municipality(scope, person.Municipality, person.Source.Cell("municipality"), bag) is null) continue;
            KnownCodes.Community(scope, person.Community, person.Source.Cell("community"), bag);
            if (rows.TryGetValue(person.Municipality, out var report) && report.Status != MechanismStatus.Yes)
                bag.Add(person.Source.Cell("municipality"), ProblemCode.PeopleWithoutMechanism,
                    $"{data.Sources.People} lists a person in '{person.Municipality}', whose {Abbreviation(definition)} has status {report.Status.Code()} in {data.Year} ({report.Source.File}:{report.Source.Line}): only a working mechanism (status yes) has people");
        }

        Exclusions(scope, definition, data, rows, bag);
        foreach (var note in data.Notes)
        {
            TextRules.Localized(note.Text, "note text", note.Location, languages, bag);
            if (note.Municipality is { } code) KnownCodes.Municipality(scope, code, note.Location, bag);
            if (!definition.Has(note.Section))
                bag.Add(note.Location, ProblemCode.ValueDomain,
                    $"note section '{note.Section.ToString().ToLowerInvariant()}' is not a section of the {definition.Id} sheet; use one of: {string.Join(", ", definition.Sections.Select(s => s.ToString().ToLowerInvariant()))}");
        }
    }

    private static void Exclusions(ValidationScope scope, MechanismDefinition definition, MechanismYear data, Dictionary<string, MechanismReport> rows, DiagnosticBag bag)
    {
        var byMunicipality = new Dictionary<string, Exclusion>(StringComparer.Ordinal);
        foreach (var exclusion in data.Exclusions)
        {
            TextRules.Localized(exclusion.Reason, $"reason of the exclusion of '{exclusion.Municipality}'", exclusion.Location, scope.Dataset.Config.Languages, bag);
            if (!byMunicipality.TryAdd(exclusion.Municipality, exclusion))
            {
                bag.Add(exclusion.Location, ProblemCode.DuplicateRow,
                    $"'{exclusion.Municipality}' has a second exclusion (first on line {byMunicipality[exclusion.Municipality].Location.Line}); list all its duties in one");
                continue;
            }
            if (KnownCodes.Municipality(scope, exclusion.Municipality, exclusion.Location, bag) is null) continue;
            foreach (var duty in exclusion.Tasks.Where(d => definition.Duties.All(q => q.Key != d)))
                bag.Add(exclusion.Location, ProblemCode.UnknownCode,
                    $"unknown duty '{duty}' of the {definition.Id}{Suggestions.DidYouMean(duty, definition.Duties.Select(q => q.Key))}");
            if (rows.TryGetValue(exclusion.Municipality, out var report) && report.Status != MechanismStatus.Yes)
                bag.Add(exclusion.Location, ProblemCode.MechanismAnswer,
                    $"'{exclusion.Municipality}' is excluded from duties, but its {Abbreviation(definition)} has status {report.Status.Code()} in {data.Year}: a mechanism that is not working is asked nothing, so it needs no exclusion");
        }
        if (!scope.Read(data.Sources.Notes)) return;
        foreach (var report in data.Reports.Where(r => r.Status == MechanismStatus.Yes))
        {
            byMunicipality.TryGetValue(report.Municipality, out var exclusion);
            foreach (var duty in definition.Duties)
            {
                if (!report.Duties.TryGetValue(duty.Key, out var answer)) continue;
                var excluded = exclusion?.Excludes(duty.Key) == true;
                if (answer == Answer.NotApplicable && !excluded)
                    bag.Add(report.Source.Cell(duty.Key), ProblemCode.NaWithoutExclusion,
                        $"{duty.Key}: 'n/a' for '{report.Municipality}' but {data.Sources.Notes} has no exclusion of it from '{duty.Key}'; answer yes or no, or add the exclusion with its reason");
                else if (answer != Answer.NotApplicable && excluded)
                    bag.Add(exclusion!.Location, ProblemCode.ExclusionWithoutNa,
                        $"'{report.Municipality}' is excluded from '{duty.Key}' but {report.Source.File}:{report.Source.Line} answers {(answer == Answer.Yes ? "yes" : "no")} there; write n/a or drop the exclusion");
            }
        }
    }

    private static string Abbreviation(MechanismDefinition definition) =>
        definition.Abbreviation.Has("en") ? definition.Abbreviation["en"] : definition.Id.ToUpperInvariant();
}
