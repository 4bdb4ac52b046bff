using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Validation;

/// <summary>Every n/a in offices.csv needs its exclusion in notes.yaml, and every exclusion its n/a.</summary>
internal static class ExclusionRules
{
    public static void Check(ValidationScope scope, YearData year, DiagnosticBag bag)
    {
        var dataset = scope.Dataset;
        var byMunicipality = new Dictionary<string, Exclusion>(StringComparer.Ordinal);
        foreach (var exclusion in year.Exclusions)
        {
            if (byMunicipality.TryGetValue(exclusion.Municipality, out var first))
            {
                bag.Add(exclusion.Location, "duplicate-row",
                    $"'{exclusion.Municipality}' has a second exclusion (first on line {first.Location.Line}); list all its tasks in one");
                continue;
            }
            byMunicipality[exclusion.Municipality] = exclusion;
            if (KnownCodes.Municipality(scope, exclusion.Municipality, exclusion.Location, bag) is { } m && !m.HasMocrIn(year.Year))
                bag.Add(exclusion.Location, "exclusion-without-mocr", OfficeRules.NoMocrMessage(m, year.Year));
            foreach (var task in exclusion.Tasks) KnownCodes.Task(scope, task, exclusion.Location, bag);
        }

        var offices = year.Offices.ToDictionary(o => o.Municipality, StringComparer.Ordinal);
        foreach (var office in year.Offices)
        {
            byMunicipality.TryGetValue(office.Municipality, out var exclusion);
            foreach (var task in dataset.Tasks)
            {
                var answer = office.TaskAnswer(task.Key);
                var excluded = exclusion?.Excludes(task.Key) == true;
                if (answer == Answer.NotApplicable && !excluded)
                    bag.Add(office.Source.Cell(task.Key), "na-without-exclusion",
                        $"{task.Key}: 'n/a' for '{office.Municipality}' but {year.Sources.Notes} has no exclusion of it from '{task.Key}'; answer yes or no, or add the exclusion with its reason");
                else if (answer != Answer.NotApplicable && excluded)
                    bag.Add(exclusion!.Location, "exclusion-without-na",
                        $"'{office.Municipality}' is excluded from '{task.Key}' but {office.Source.File}:{office.Source.Line} answers '{Words(answer)}' there; write n/a or drop the exclusion");
            }
        }
    }

    private static string Words(Answer answer) => answer == Answer.Yes ? "yes" : "no";
}
