using System.Collections.Immutable;
using Mcro.Model;

namespace Mcro.Loading;

/// <summary>Loads one year's folder: offices.csv, staff.csv, notes.yaml and the optional year.yaml.</summary>
public static class YearLoader
{
    private static readonly Dictionary<string, Answer> YesNo = new() { ["yes"] = Answer.Yes, ["no"] = Answer.No };
    private static readonly Dictionary<string, Answer> TaskAnswers = new() { ["yes"] = Answer.Yes, ["no"] = Answer.No, ["n/a"] = Answer.NotApplicable };
    private static readonly Dictionary<string, Position> Positions = new() { ["head"] = Position.Head, ["staff"] = Position.Staff };
    private static readonly Dictionary<string, Gender> Genders = new() { ["female"] = Gender.Female, ["male"] = Gender.Male };

    /// <param name="tasksComplete">False when tasks.csv could not be read in full: offices.csv may then hold task columns not in <paramref name="tasks"/>.</param>
    public static YearData Load(DataFolder folder, int year, ImmutableArray<CoreTask> tasks, bool tasksComplete = true)
    {
        var (exclusions, notes) = NotesLoader.Load(folder, year);
        var before = folder.Bag.Count;
        var unreadOffices = ImmutableArray.CreateBuilder<UnreadRow>();
        var unreadStaff = ImmutableArray.CreateBuilder<UnreadRow>();
        var offices = Offices(folder, year, tasks, tasksComplete, unreadOffices);
        var sources = new YearSources(
            folder.SourceName($"{year}/offices.csv"), folder.SourceName($"{year}/staff.csv"), folder.Display($"{year}/notes.yaml"),
            OfficesComplete: folder.Bag.Count == before && !tasks.IsEmpty && tasksComplete);
        return new(year, offices, Staff(folder, year, unreadStaff), exclusions, notes, sources)
        {
            Settings = YearSettingsLoader.Load(folder, year),
            UnreadOffices = unreadOffices.ToImmutable(),
            UnreadStaff = unreadStaff.ToImmutable(),
        };
    }

    private static ImmutableArray<OfficeReport> Offices(DataFolder folder, int year, ImmutableArray<CoreTask> tasks, bool tasksComplete,
        ImmutableArray<UnreadRow>.Builder unread)
    {
        var result = ImmutableArray.CreateBuilder<OfficeReport>();
        // A task listed twice is reported by validation; here it must not make every row look incomplete.
        var taskKeys = tasks.Select(t => t.Key).Distinct(StringComparer.Ordinal).ToArray();
        if (folder.ReadCsv($"{year}/offices.csv", ["municipality", "work_plan", "annual_report", .. taskKeys], otherColumnsAllowed: !tasksComplete) is not { } csv)
            return result.ToImmutable();
        var bag = folder.Bag;
        foreach (var row in csv.Rows(bag))
        {
            var code = CellReader.Code(row["municipality"], row.Cell("municipality"), "municipality code", bag);
            var of = row["municipality"];
            var workPlan = CellReader.Choice(row["work_plan"], row.Cell("work_plan"), "work_plan", YesNo, bag, of);
            var annualReport = CellReader.Choice(row["annual_report"], row.Cell("annual_report"), "annual_report", YesNo, bag, of);
            var answers = ImmutableDictionary.CreateBuilder<string, Answer>(StringComparer.Ordinal);
            foreach (var key in taskKeys)
            {
                if (CellReader.Choice(row[key], row.Cell(key), key, TaskAnswers, bag, of) is { } answer) answers[key] = answer;
            }
            if (code is null || workPlan is null || annualReport is null || answers.Count != taskKeys.Length)
            {
                unread.Add(new UnreadRow(row.Source, code));
                continue;
            }
            result.Add(new OfficeReport(code, workPlan.Value, annualReport.Value, answers.ToImmutable(), row.Source));
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<StaffMember> Staff(DataFolder folder, int year, ImmutableArray<UnreadRow>.Builder unread)
    {
        var result = ImmutableArray.CreateBuilder<StaffMember>();
        if (folder.ReadCsv($"{year}/staff.csv", ["municipality", "position", "community", "gender"]) is not { } csv)
            return result.ToImmutable();
        var bag = folder.Bag;
        foreach (var row in csv.Rows(bag))
        {
            var code = CellReader.Code(row["municipality"], row.Cell("municipality"), "municipality code", bag);
            var of = row["municipality"];
            var position = CellReader.Choice(row["position"], row.Cell("position"), "position", Positions, bag, of);
            var community = CellReader.Code(row["community"], row.Cell("community"), "community code", bag, of);
            var gender = CellReader.Choice(row["gender"], row.Cell("gender"), "gender", Genders, bag, of);
            if (code is null || position is null || community is null || gender is null)
            {
                unread.Add(new UnreadRow(row.Source, code, community));
                continue;
            }
            result.Add(new StaffMember(code, position.Value, community, gender.Value, row.Source));
        }
        return result.ToImmutable();
    }
}
