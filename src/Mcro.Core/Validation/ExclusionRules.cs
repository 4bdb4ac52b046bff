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
                bag.Add(exclusion.Location, ProblemCode.DuplicateRow,
                    $"'{exclusion.Municipality}' has a second exclusion (first on line {first.Location.Line}); list all its tasks in one");
                continue;
            }
            byMunicipality[exclusion.Municipality] = exclusion;
            if (KnownCodes.Municipality(scope, exclusion.Municipality, exclusion.Location, bag) is { } m && !m.HasMocrIn(year.Year))
                bag.Add(exclusion.Location, ProblemCode.ExclusionWithoutMocr, OfficeRules.NoMocrMessage(m, year.Year));
            foreach (var task in exclusion.Tasks) KnownCodes.Task(scope, task, exclusion.Location, bag);
        }

        // A notes.yaml that did not load has no exclusions to match: its own problem says so, without an echo per n/a.
        if (!scope.Read(year.Sources.Notes)) return;
        foreach (var office in year.Offices)
        {
            byMunicipality.TryGetValue(office.Municipality, out var exclusion);
            var answered = new List<(string Task, Answer Answer)>();
            foreach (var task in dataset.Tasks)
            {
                var answer = office.TaskAnswer(task.Key);
                var excluded = exclusion?.Excludes(task.Key) == true;
                if (answer == Answer.NotApplicable && !excluded)
                    bag.Add(office.Source.Cell(task.Key), ProblemCode.NaWithoutExclusion,
                        $"{task.Key}: 'n/a' for '{office.Municipality}' but {year.Sources.Notes} has no exclusion of it from '{task.Key}'; answer yes or no, or add the exclusion with its reason");
                else if (answer != Answer.NotApplicable && excluded)
                    answered.Add((task.Key, answer));
            }
            // One exclusion is one mistake: "tasks: all" answered in full is one problem, not eight.
            if (answered.Count > 0)
                bag.Add(exclusion!.Location, ProblemCode.ExclusionWithoutNa,
                    $"'{office.Municipality}' is excluded from {string.Join(", ", answered.Select(a => $"'{a.Task}'"))} but {office.Source.File}:{office.Source.Line} answers {Words(answered.Select(a => a.Answer))} there; write n/a or drop the exclusion");
        }
    }

    private static string Words(IEnumerable<Answer> answers) =>
        string.Join(" or ", answers.Distinct().Order().Select(a => a == Answer.Yes ? "'yes'" : "'no'"));
}
