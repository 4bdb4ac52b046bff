namespace Mcro.Producers.Sheet.Views;

/// <summary>
/// "Offices at a glance": every MOCR of the year × work plan, annual report, the eight core tasks and tasks performed,
/// as compact marks in a table; rows in the edition's alphabetical order, each linking the office's profile.
/// </summary>
/// <param name="Tasks">The column of each core task: its number (the header shows it) and its full name (read out with it, and in the legend).</param>
/// <param name="Legend">What each mark means, one entry per mark.</param>
public sealed record GlanceSection(
    string Heading,
    string Intro,
    string MunicipalityColumn,
    string WorkPlanColumn,
    string AnnualReportColumn,
    string TasksPerformedColumn,
    IReadOnlyList<GlanceTask> Tasks,
    IReadOnlyList<GlanceRow> Rows,
    IReadOnlyList<GlanceMark> Legend,
    string TasksLegend)
{
    /// <summary>"Municipalities without a MOCR in 2019:" and a link to each one's profile (a similar office, or none); empty when every one has a MOCR.</summary>
    public string OthersHeading { get; init; } = "";

    public IReadOnlyList<GlanceOther> Others { get; init; } = [];
}

/// <param name="Office">What it had instead: "Similar office (not an MOCR)" or "No MOCR".</param>
public sealed record GlanceOther(string Name, string Href, string Office);

public sealed record GlanceTask(string Number, string Name);

/// <param name="Href">The office's profile, relative to the sheet.</param>
public sealed record GlanceRow(string Name, string Href, GlanceMark WorkPlan, GlanceMark AnnualReport, IReadOnlyList<GlanceMark> Tasks, string TasksPerformed);

/// <param name="Mark">"yes", "no" or "excluded": which symbol (● ○ –) the template shows; <see cref="Text"/> says it in words.</param>
public sealed record GlanceMark(string Mark, string Text);
