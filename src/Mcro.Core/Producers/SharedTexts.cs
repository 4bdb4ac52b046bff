using Mcro.Localization;

namespace Mcro.Producers;

/// <summary>
/// The texts several kinds of page ask for: the frame every page has (layout.html, its header, footer and switchers),
/// the figures' tables, the labels and counts of the charts, and the names of the headline figures (the sheets' change
/// section and the trends page call a figure the same). A kind of page that uses them lists them in its texts.
/// </summary>
public static class SharedTexts
{
    // The frame, and the figure partial every page kind with charts includes.
    public static readonly PageText IllustrativeLabel = PageText.Plain("site.illustrative_label");
    public static readonly PageText IllustrativeBanner = PageText.Plain("site.illustrative_banner");
    public static readonly PageText DraftBanner = PageText.Plain("draft.banner");
    public static readonly PageText SkipToContent = PageText.Plain("site.skip_to_content");
    public static readonly PageText Language = PageText.Plain("site.language");
    public static readonly PageText Year = PageText.Plain("site.year");
    public static readonly PageText Note = PageText.Plain("site.note");
    public static readonly PageText DataTable = PageText.Plain("site.data_table");
    public static readonly PageText IndexHeading = PageText.Plain("site.index_heading");
    public static readonly PageText DownloadFigures = PageText.Plain("site.download_figures", "formats");
    public static readonly PageText DownloadLeaflet = PageText.Plain("site.download_leaflet", "formats");

    // Texts of one kind that another asks for too: the landing page lists the sheets by title and links the trends page,
    // the sheet's glance uses the profile's words, the profile's history table the trends page's.
    public static readonly PageText SheetTitle = PageText.Plain("sheet.title", "year");
    public static readonly PageText TrendsLink = PageText.Plain("trends.link");
    public static readonly PageText TrendsYear = PageText.Plain("trends.year");
    public static readonly PageText WorkPlan = PageText.Plain("profile.work_plan");
    public static readonly PageText AnnualReport = PageText.Plain("profile.annual_report");
    public static readonly PageText HistorySimilar = PageText.Plain("profile.history_similar");
    public static readonly PageText HistoryNone = PageText.Plain("profile.history_none");

    public static readonly PageText Answer = PageText.Plain("labels.answer");
    public static readonly PageText AnswerYes = PageText.Plain("labels.answer_yes");
    public static readonly PageText AnswerNo = PageText.Plain("labels.answer_no");
    public static readonly PageText Community = PageText.Plain("labels.community");
    public static readonly PageText Excluded = PageText.Plain("labels.excluded");
    public static readonly PageText Men = PageText.Plain("labels.men");
    public static readonly PageText Women = PageText.Plain("labels.women");
    public static readonly PageText NumberOfMocrs = PageText.Plain("labels.number_of_mocrs");
    public static readonly PageText NumberOfStaff = PageText.Plain("labels.number_of_staff");
    public static readonly PageText Share = PageText.Plain("labels.share");
    public static readonly PageText Staff = PageText.Plain("labels.staff");
    public static readonly PageText Task = PageText.Plain("labels.task");
    public static readonly PageText TasksPerformed = PageText.Plain("labels.tasks_performed");
    public static readonly PageText Total = PageText.Plain("labels.total");

    public static readonly PageText Mocrs = PageText.PluralOf("counts.mocrs", "count");
    public static readonly PageText StaffCount = PageText.PluralOf("counts.staff", "count");
    public static readonly PageText WomenCount = PageText.PluralOf("counts.women", "count");
    public static readonly PageText MenCount = PageText.PluralOf("counts.men", "count");
    public static readonly PageText Tasks = PageText.PluralOf("counts.tasks", "count");

    // The headline figures' names and a share's value (HeadlineLabels).
    public static readonly PageText Offices = PageText.Plain("change.offices");
    public static readonly PageText WorkPlans = PageText.Plain("change.work_plans");
    public static readonly PageText AnnualReports = PageText.Plain("change.annual_reports");
    public static readonly PageText StaffTotal = PageText.Plain("change.staff_total");
    public static readonly PageText StaffFemale = PageText.Plain("change.staff_female");
    public static readonly PageText TasksAll = PageText.Plain("change.tasks_all");
    public static readonly PageText TasksMean = PageText.Plain("change.tasks_mean");
    public static readonly PageText ShareValue = PageText.Plain("change.share_value", "base", "count", "share");

    // A year's exclusions, in the sheet's change notes and the trends page's breaks (ChangeModel.Exclusions).
    public static readonly PageText ExclusionsIn = PageText.Plain("change.exclusions_in", "reasons", "year");
    public static readonly PageText NoExclusionsIn = PageText.Plain("change.no_exclusions_in", "year");

    public static IReadOnlyList<PageText> All { get; } =
    [
        IllustrativeLabel, IllustrativeBanner, DraftBanner, SkipToContent, Language, Year, Note, DataTable, IndexHeading, DownloadFigures, DownloadLeaflet,
        TextCatalog.ListAnd, SheetTitle, TrendsLink, TrendsYear, WorkPlan, AnnualReport, HistorySimilar, HistoryNone,
        Answer, AnswerYes, AnswerNo, Community, Excluded, Men, Women, NumberOfMocrs, NumberOfStaff, Share, Staff, Task, TasksPerformed, Total,
        Mocrs, StaffCount, WomenCount, MenCount, Tasks,
        Offices, WorkPlans, AnnualReports, StaffTotal, StaffFemale, TasksAll, TasksMean, ShareValue, ExclusionsIn, NoExclusionsIn,
    ];

    /// <summary>A shared text by its key: the figure catalogue names each headline figure's text by key (Indicators/ knows no page).</summary>
    public static PageText Named(string key) => All.Single(t => t.Key == key);
}
