using Mcro.Charts;
using Mcro.Rendering.Views;

namespace Mcro.Producers.Profile.Views;

/// <summary>
/// One municipality's page in one year and edition; every text already localized. <see cref="Office"/> is there only
/// when the municipality had a MOCR that year; <see cref="Status"/> says which of the three it is.
/// </summary>
/// <param name="Status">"mocr", "similar" (a similar office, not a MOCR) or "none".</param>
/// <param name="Summary">Since when it has a MOCR, or what its similar office is, or that it had none.</param>
/// <param name="Downloads">Its own figures (figures.json, figures.csv); null without a MOCR.</param>
public sealed record ProfilePage(
    string Code,
    int Year,
    string Title,
    string Name,
    string Status,
    string Summary,
    ProfileOffice? Office,
    ProfileHistory History,
    string NotesHeading,
    IReadOnlyList<string> Notes,
    DownloadLinks? Downloads,
    PageLink Sheet)
{
    /// <summary>Every other mechanism of the series with data that year, in the series' order (none for a MOCR-only dataset).</summary>
    public IReadOnlyList<ProfileMechanism> Mechanisms { get; init; } = [];
}

/// <summary>What a MOCR did that year: its reporting, its eight core tasks and how it stands among the others, its staff.</summary>
/// <param name="TasksSummary">"6 of 8 core tasks performed", or that it was left out of every task.</param>
/// <param name="Exclusion">Why it was left out of some tasks or all (notes.yaml), in the edition's language; null when it was not.</param>
/// <param name="Standing">How many of the other offices assessed performed fewer, as many, more; null when it was not assessed.</param>
public sealed record ProfileOffice(
    string ReportingHeading,
    IReadOnlyList<ProfileAnswer> Reporting,
    string TasksHeading,
    string TasksSummary,
    IReadOnlyList<ProfileTask> Tasks,
    string? Exclusion,
    ProfileStanding? Standing,
    string StaffHeading,
    string StaffSummary,
    IReadOnlyList<string> StaffColumns,
    IReadOnlyList<ProfileStaffRow> Staff);

/// <param name="Mark">"yes" or "no": for the symbol and styling; <see cref="Answer"/> says it in words.</param>
public sealed record ProfileAnswer(string Label, string Answer, string Mark);

/// <param name="Mark">"performed", "not-performed" or "excluded": for the symbol; <see cref="Outcome"/> says it in words.</param>
public sealed record ProfileTask(string Name, string Outcome, string Mark);

/// <summary>"Of the 32 other MOCRs assessed in 2019:" and the three counts, each a sentence with its plural form.</summary>
public sealed record ProfileStanding(string Lead, string Fewer, string Same, string More);

/// <summary>One row of the staff table: a post and a community, with its women and men.</summary>
public sealed record ProfileStaffRow(string Position, string Community, string Women, string Men);

/// <summary>Every year in the data: the tasks performed as a chart (where there are any), and a row per year.</summary>
/// <param name="Chart">The chart of tasks performed per year, which the page inlines; null when no year had an assessed MOCR.</param>
public sealed record ProfileHistory(
    string Heading,
    string ChartTitle,
    string ChartDescription,
    DrawnChart? Chart,
    IReadOnlyList<string> Columns,
    IReadOnlyList<ProfileYear> Years);

/// <param name="Href">That year's profile in this edition, relative; null when the site does not hold it.</param>
public sealed record ProfileYear(string Year, string? Href, bool Current, string TasksPerformed, string WorkPlan, string AnnualReport);
