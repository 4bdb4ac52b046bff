using System.Globalization;
using System.Text;
using Mcro.Indicators;

namespace Mcro.Cli.Output;

/// <summary>The figures of <see cref="YearIndicators"/> as aligned tables for a terminal, section by section as on the sheet.</summary>
public static class IndicatorsTableWriter
{
    public static string Write(YearIndicators y)
    {
        var text = new StringBuilder($"MOCR indicators {N(y.Year)}\n\n");
        new TextTable(("Establishment", false), ("", true))
            .Add("municipalities", N(y.Municipalities))
            .Add("MOCRs", N(y.Offices))
            .Add("first MOCR established", y.FirstEstablished is { } first ? N(first) : "-")
            .Add("similar offices", N(y.SimilarOffices.Length))
            .WriteTo(text);
        text.Append("similar offices: ").Append(Codes(y.SimilarOffices)).Append("\n\n");

        new TextTable(("Reporting", false), ("yes", true), ("no", true))
            .Add("work plans", N(y.WorkPlans.Yes), N(y.WorkPlans.No))
            .Add("annual reports", N(y.AnnualReports.Yes), N(y.AnnualReports.No))
            .WriteTo(text);
        text.Append('\n');

        var staff = new TextTable(("Staff", false), ("female", true), ("male", true), ("total", true));
        foreach (var c in y.Staff.ByCommunity) staff.Add(c.Community, N(c.Female), N(c.Male), N(c.Total));
        staff.Add("all communities", N(y.Staff.Female), N(y.Staff.Male), N(y.Staff.Total)).WriteTo(text);
        text.Append('\n');

        var tasks = new TextTable(("Core task", false), ("performed", true), ("not performed", true), ("excluded", true), ("excluded offices", false));
        foreach (var t in y.Tasks) tasks.Add(t.Task, N(t.Performed), N(t.NotPerformed), N(t.Excluded.Length), Codes(t.Excluded));
        tasks.WriteTo(text);
        text.Append('\n');

        var distribution = y.TasksPerformed.Distribution;
        new TextTable([("Core tasks performed", false), .. distribution.Select((_, i) => (N(i), true))])
            .Add(["MOCRs", .. distribution.Select(N)])
            .WriteTo(text);
        text.Append("excluded from all tasks: ").Append(Codes(y.TasksPerformed.Excluded)).Append("\n\n");

        var offices = new TextTable(("Office", false), ("work plan", false), ("annual report", false), ("tasks performed", true),
            ("staff", true), ("female", true), ("male", true), ("excluded from", false));
        foreach (var o in y.PerOffice)
            offices.Add(o.Municipality, AnswerCode.Of(o.WorkPlan), AnswerCode.Of(o.AnnualReport), N(o.TasksPerformed),
                N(o.Staff.Total), N(o.Staff.Female), N(o.Staff.Male), ExcludedFrom(o));
        offices.WriteTo(text);
        return text.ToString();
    }

    private static string ExcludedFrom(OfficeFigures office) =>
        office.ExcludedFromAll ? "all tasks" : string.Join(", ", office.ExcludedTasks);

    private static string Codes(IReadOnlyCollection<string> codes) => codes.Count == 0 ? "-" : string.Join(", ", codes);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
