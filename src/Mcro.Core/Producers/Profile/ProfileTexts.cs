using Mcro.Localization;

namespace Mcro.Producers.Profile;

/// <summary>The texts of a municipality's profile: its office's reporting, tasks and staff, its history, its notes.</summary>
public static class ProfileTexts
{
    public static readonly PageText Title = PageText.Plain("profile.title", "name", "name_locative", "year");
    public static readonly PageText Since = PageText.Plain("profile.since", "name", "name_locative", "since", "year");
    public static readonly PageText SimilarOffice = PageText.Plain("profile.similar_office", "name", "name_locative", "year");
    public static readonly PageText NoOffice = PageText.Plain("profile.no_office", "name", "name_locative", "year");
    public static readonly PageText ReportingHeading = PageText.Plain("profile.reporting_heading", "year");
    public static readonly PageText TasksHeading = PageText.Plain("profile.tasks_heading", "year");
    public static readonly PageText Performed = PageText.Plain("profile.performed");
    public static readonly PageText NotPerformed = PageText.Plain("profile.not_performed");
    public static readonly PageText Excluded = PageText.Plain("profile.excluded");
    public static readonly PageText ExcludedAll = PageText.Plain("profile.excluded_all", "year");
    public static readonly PageText TasksPerformed = PageText.PluralOf("profile.tasks_performed", "count", "total");
    public static readonly PageText Others = PageText.PluralOf("profile.others", "count", "year");
    public static readonly PageText Fewer = PageText.PluralOf("profile.fewer", "count");
    public static readonly PageText Same = PageText.PluralOf("profile.same", "count");
    public static readonly PageText More = PageText.PluralOf("profile.more", "count");
    public static readonly PageText StaffHeading = PageText.Plain("profile.staff_heading");
    public static readonly PageText Position = PageText.Plain("profile.position");
    // A staff row's label follows the number of people in it (women and men): "Službenik" beside 1, "Službenici" beside 2.
    public static readonly PageText Head = PageText.PluralOf("profile.head", "count");
    public static readonly PageText StaffMember = PageText.PluralOf("profile.staff_member", "count");
    public static readonly PageText HistoryHeading = PageText.Plain("profile.history_heading");
    public static readonly PageText HistoryChart = PageText.Plain("profile.history_chart");
    public static readonly PageText HistoryExcluded = PageText.Plain("profile.history_excluded");
    public static readonly PageText CountOf = PageText.Plain("profile.count_of", "count", "total");
    public static readonly PageText NotesHeading = PageText.Plain("profile.notes_heading");
    public static readonly PageText Download = PageText.Plain("profile.download", "formats");
    public static readonly PageText SheetLink = PageText.Plain("profile.sheet_link", "year");

    /// <summary>The profile's own texts; it asks for the shared ones too (<see cref="ProfileProducer.Texts"/>).</summary>
    public static IReadOnlyList<PageText> All { get; } =
    [
        Title, Since, SimilarOffice, NoOffice, ReportingHeading, TasksHeading, Performed, NotPerformed, Excluded, ExcludedAll,
        TasksPerformed, Others, Fewer, Same, More, StaffHeading, Position, Head, StaffMember,
        HistoryHeading, HistoryChart, HistoryExcluded, CountOf, NotesHeading, Download, SheetLink,
    ];
}
