namespace Mcro.Indicators;

/// <summary>
/// How one MOCR's tasks performed stand among the other MOCRs in the year's distribution (those not left out of every
/// task, as on the sheet): how many performed fewer core tasks, as many, more. Null for an office outside the distribution.
/// </summary>
public sealed record OfficeStanding(int Others, int Fewer, int Same, int More)
{
    public static OfficeStanding? Of(YearIndicators year, OfficeFigures office)
    {
        if (office.ExcludedFromAll) return null;
        var distribution = year.TasksPerformed.Distribution;
        var performed = office.TasksPerformed;
        if (performed < 0 || performed >= distribution.Length || distribution[performed] == 0) return null;
        var fewer = distribution.Take(performed).Sum();
        var same = distribution[performed] - 1;
        var more = distribution.Skip(performed + 1).Sum();
        return new OfficeStanding(fewer + same + more, fewer, same, more);
    }
}
