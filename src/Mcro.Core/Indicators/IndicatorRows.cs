using System.Globalization;

namespace Mcro.Indicators;

/// <summary>
/// Flattens <see cref="YearIndicators"/> into one row per figure, in the JSON contract's order. A plural figure
/// (similarOffices, tasks.excluded) is a count; its singular (similarOffice, tasks.excludedOffice) lists the members, value 1.
/// </summary>
public static class IndicatorRows
{
    public static IEnumerable<IndicatorRow> Of(YearIndicators y)
    {
        yield return new("municipalities", N(y.Municipalities));
        yield return new("offices", N(y.Offices));
        yield return new("firstEstablished", y.FirstEstablished is { } first ? N(first) : "");
        foreach (var row in Members("similarOffices", "similarOffice", y.SimilarOffices)) yield return row;
        yield return new("workPlans.yes", N(y.WorkPlans.Yes));
        yield return new("workPlans.no", N(y.WorkPlans.No));
        yield return new("annualReports.yes", N(y.AnnualReports.Yes));
        yield return new("annualReports.no", N(y.AnnualReports.No));
        foreach (var row in Staff("staff", y.Staff, "")) yield return row;
        foreach (var task in y.Tasks)
        {
            yield return new("tasks.performed", N(task.Performed), Task: task.Task);
            yield return new("tasks.notPerformed", N(task.NotPerformed), Task: task.Task);
            foreach (var row in Members("tasks.excluded", "tasks.excludedOffice", task.Excluded, task.Task)) yield return row;
        }
        for (var count = 0; count < y.TasksPerformed.Distribution.Length; count++)
            yield return new("tasksPerformed.distribution", N(y.TasksPerformed.Distribution[count]), TaskCount: N(count));
        foreach (var row in Members("tasksPerformed.excluded", "tasksPerformed.excludedOffice", y.TasksPerformed.Excluded)) yield return row;
        foreach (var office in y.PerOffice)
            foreach (var row in Office(office)) yield return row;
    }

    /// <summary>One office's rows (perOffice.*), as the yearly file has them.</summary>
    public static IEnumerable<IndicatorRow> Office(OfficeFigures office)
    {
        var m = office.Municipality;
        yield return new("perOffice.workPlan", AnswerCode.Of(office.WorkPlan), Municipality: m);
        yield return new("perOffice.annualReport", AnswerCode.Of(office.AnnualReport), Municipality: m);
        yield return new("perOffice.tasksPerformed", N(office.TasksPerformed), Municipality: m);
        foreach (var row in Staff("perOffice.staff", office.Staff, m)) yield return row;
        foreach (var answer in office.TaskAnswers)
            yield return new("perOffice.taskAnswer", AnswerCode.Of(answer.Answer), Municipality: m, Task: answer.Task);
    }

    private static IEnumerable<IndicatorRow> Staff(string prefix, StaffFigures staff, string municipality)
    {
        yield return new($"{prefix}.total", N(staff.Total), Municipality: municipality);
        yield return new($"{prefix}.female", N(staff.Female), Municipality: municipality);
        yield return new($"{prefix}.male", N(staff.Male), Municipality: municipality);
        foreach (var c in staff.ByCommunity)
        {
            yield return new($"{prefix}.byCommunity.female", N(c.Female), Municipality: municipality, Community: c.Community);
            yield return new($"{prefix}.byCommunity.male", N(c.Male), Municipality: municipality, Community: c.Community);
            yield return new($"{prefix}.byCommunity.total", N(c.Total), Municipality: municipality, Community: c.Community);
        }
    }

    /// <summary>A list of offices: its count, then one row per office.</summary>
    private static IEnumerable<IndicatorRow> Members(string count, string member, IReadOnlyCollection<string> codes, string task = "")
    {
        yield return new(count, N(codes.Count), Task: task);
        foreach (var code in codes) yield return new(member, "1", Municipality: code, Task: task);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
