using System.Globalization;
using Mcro.Indicators;
using Mcro.Indicators.Figures;
using F = Mcro.Indicators.Figures.FigureCatalog;

namespace Mcro.Downloads;

/// <summary>
/// Flattens <see cref="YearIndicators"/> into one row per figure of <see cref="FigureCatalog"/>, in the JSON contract's
/// order. A list of offices (similarOffices, tasks.excluded) is a count, then one row per member, value 1.
/// </summary>
public static class IndicatorRows
{
    public static IEnumerable<IndicatorRow> Of(YearIndicators y)
    {
        yield return Row(F.Municipalities, y);
        yield return Row(F.Offices, y);
        yield return new(F.FirstEstablished, F.FirstEstablished.Read(y) is { } first ? N(first) : "");
        foreach (var row in Members(F.SimilarOffices, y)) yield return row;
        foreach (var figure in (Figure<YearIndicators, int>[])[F.WorkPlansYes, F.WorkPlansNo, F.AnnualReportsYes, F.AnnualReportsNo])
            yield return Row(figure, y);
        foreach (var row in Staff(F.Staff, y.Staff, "")) yield return row;
        foreach (var task in y.Tasks)
        {
            yield return Row(F.TasksPerformed, task, task.Task);
            yield return Row(F.TasksNotPerformed, task, task.Task);
            foreach (var row in Members(F.TasksExcluded, task, task.Task)) yield return row;
        }
        var distribution = F.Distribution.Read(y.TasksPerformed);
        for (var count = 0; count < distribution.Length; count++)
            yield return new(F.Distribution, N(distribution[count]), TaskCount: N(count));
        foreach (var row in Members(F.TasksPerformedExcluded, y.TasksPerformed)) yield return row;
        foreach (var office in y.PerOffice)
            foreach (var row in Office(office)) yield return row;
    }

    /// <summary>One office's rows (perOffice.*), as the yearly file has them.</summary>
    public static IEnumerable<IndicatorRow> Office(OfficeFigures office)
    {
        var m = office.Municipality;
        yield return new(F.OfficeWorkPlan, AnswerCode.Of(F.OfficeWorkPlan.Read(office)), Municipality: m);
        yield return new(F.OfficeAnnualReport, AnswerCode.Of(F.OfficeAnnualReport.Read(office)), Municipality: m);
        yield return new(F.OfficeTasksPerformed, N(F.OfficeTasksPerformed.Read(office)), Municipality: m);
        foreach (var row in Staff(F.OfficeStaff, office.Staff, m)) yield return row;
        foreach (var answer in office.TaskAnswers)
            yield return new(F.OfficeTaskAnswer, AnswerCode.Of(F.OfficeTaskAnswer.Read(answer)), Municipality: m, Task: answer.Task);
    }

    private static IEnumerable<IndicatorRow> Staff(StaffFigureSet figures, StaffFigures staff, string municipality)
    {
        foreach (var figure in (Figure<StaffFigures, int>[])[figures.Total, figures.Female, figures.Male])
            yield return new(figure, N(figure.Read(staff)), Municipality: municipality);
        foreach (var c in staff.ByCommunity)
            foreach (var figure in (Figure<CommunityStaff, int>[])[figures.CommunityFemale, figures.CommunityMale, figures.CommunityTotal])
                yield return new(figure, N(figure.Read(c)), Municipality: municipality, Community: c.Community);
    }

    /// <summary>A list of offices: its count, then one row per office.</summary>
    private static IEnumerable<IndicatorRow> Members<TSource>(FigureList<TSource> list, TSource source, string task = "")
    {
        var codes = list.Count.Read(source);
        yield return new(list.Count, N(codes.Length), Task: task);
        foreach (var code in list.Member.Read(source)) yield return new(list.Member, "1", Municipality: code, Task: task);
    }

    private static IndicatorRow Row<TSource>(Figure<TSource, int> figure, TSource source, string task = "") =>
        new(figure, N(figure.Read(source)), Task: task);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
