using System.Collections.Immutable;
using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Tests.Indicators;

/// <summary>Builds small in-memory datasets: eight core tasks, the eleven communities, and whatever offices a test names.</summary>
internal sealed class TestDataset
{
    public static readonly string[] TaskKeys =
        ["contacts", "assessment", "coordination", "projects", "participation", "policy_monitoring", "advice", "public_information"];

    public static readonly string[] CommunityCodes =
        ["albanian", "serbian", "bosniak", "turkish", "roma", "ashkali", "egyptian", "gorani", "montenegrin", "croat", "other"];

    private static readonly LocalizedText Text = LocalizedText.From([new("en", "text")]);

    private readonly List<Municipality> _municipalities = [];
    private readonly SortedDictionary<int, (List<OfficeReport> Offices, List<StaffMember> Staff, List<Exclusion> Exclusions)> _years = [];

    public TestDataset Municipality(string code, int? mocrSince, bool similarOffice = false, int? mocrUntil = null, int? similarOfficeUntil = null)
    {
        _municipalities.Add(new Municipality(code, Text, mocrSince, similarOffice, At("municipalities.csv", _municipalities.Count + 2))
        {
            MocrUntil = mocrUntil,
            SimilarOfficeUntil = similarOfficeUntil,
        });
        return this;
    }

    /// <summary>An offices.csv row; <paramref name="tasks"/> has one letter per task in order: y (yes), n (no), - (n/a).</summary>
    public TestDataset Office(int year, string code, string tasks, bool workPlan = true, bool annualReport = true)
    {
        if (tasks.Length != TaskKeys.Length) throw new ArgumentException($"'{tasks}' needs one letter per task ({TaskKeys.Length})", nameof(tasks));
        var answers = TaskKeys.Select((key, i) => KeyValuePair.Create(key, tasks[i] switch
        {
            'y' => Answer.Yes,
            'n' => Answer.No,
            '-' => Answer.NotApplicable,
            _ => throw new ArgumentException($"'{tasks[i]}' is not y, n or -", nameof(tasks)),
        }));
        var offices = Year(year).Offices;
        offices.Add(new OfficeReport(code, YesNo(workPlan), YesNo(annualReport), answers.ToImmutableDictionary(), Row($"{year}/offices.csv", offices.Count + 2)));
        return this;
    }

    public TestDataset Staff(int year, string code, string community, Gender gender, Position position = Position.Staff)
    {
        var staff = Year(year).Staff;
        staff.Add(new StaffMember(code, position, community, gender, Row($"{year}/staff.csv", staff.Count + 2)));
        return this;
    }

    /// <summary>A year folder with no office, no staff and no exclusion.</summary>
    public TestDataset EmptyYear(int year)
    {
        Year(year);
        return this;
    }

    public TestDataset Exclude(int year, string code, params string[] tasks) => AddExclusion(year, code, false, tasks);

    public TestDataset ExcludeFromAll(int year, string code) => AddExclusion(year, code, true, []);

    private TestDataset AddExclusion(int year, string code, bool all, string[] tasks)
    {
        var exclusions = Year(year).Exclusions;
        exclusions.Add(new Exclusion(code, all, [.. tasks], Text, At($"{year}/notes.yaml", exclusions.Count + 2)));
        return this;
    }

    public Dataset Build()
    {
        var config = new DatasetConfig(true, ["en"], "en", false, Text, Text, At("config.yaml", 1));
        var years = _years.ToImmutableSortedDictionary(y => y.Key, y => new YearData(
            y.Key, [.. y.Value.Offices], [.. y.Value.Staff], [.. y.Value.Exclusions], [],
            new YearSources($"{y.Key}/offices.csv", $"{y.Key}/staff.csv", $"{y.Key}/notes.yaml", true)));
        return new Dataset("memory", config, [.. _municipalities],
            [.. CommunityCodes.Select((c, i) => new Community(c, Text, At("communities.csv", i + 2)))],
            [.. TaskKeys.Select((t, i) => new CoreTask(t, Text, At("tasks.csv", i + 2)))],
            I18nCatalog.Empty, years);
    }

    private (List<OfficeReport> Offices, List<StaffMember> Staff, List<Exclusion> Exclusions) Year(int year)
    {
        if (!_years.TryGetValue(year, out var data)) _years[year] = data = ([], [], []);
        return data;
    }

    private static Answer YesNo(bool yes) => yes ? Answer.Yes : Answer.No;

    private static SourceLocation At(string file, int line) => new(file, line, 1);

    private static SourceRow Row(string file, int line) => new(file, line, ImmutableDictionary<string, SourceRow.CellPlace>.Empty);
}
