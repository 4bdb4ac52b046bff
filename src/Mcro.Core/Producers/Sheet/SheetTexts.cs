using Mcro.Localization;

namespace Mcro.Producers.Sheet;

/// <summary>The texts of the year sheet: its sections, charts, change from the year before and offices at a glance.</summary>
public static class SheetTexts
{
    public static readonly PageText Intro = PageText.PluralOf("intro.paragraph", "count", "first_year");
    public static readonly PageText EstablishmentHeading = PageText.Plain("establishment.heading");
    public static readonly PageText EstablishmentSummary = PageText.PluralOf("establishment.summary", "count", "total");
    public static readonly PageText SimilarOffices = PageText.PluralOf("establishment.similar_offices", "count", "names", "names_locative");
    public static readonly PageText FunctioningHeading = PageText.Plain("functioning.heading");
    public static readonly PageText PerformanceHeading = PageText.Plain("performance.heading", "year");
    public static readonly PageText MethodNote = PageText.Plain("performance.method_note", "mission", "mission_genitive");
    public static readonly PageText PerformanceFootnote = PageText.Plain("performance.footnote", "mission", "mission_genitive");
    public static readonly PageText Closing = PageText.Plain("closing.paragraph", "mission", "mission_genitive");

    public static readonly PageText WorkPlansTitle = PageText.Plain("charts.work_plans.title", "year");
    public static readonly PageText AnnualReportsTitle = PageText.Plain("charts.annual_reports.title", "year");
    public static readonly PageText GenderByCommunityTitle = PageText.Plain("charts.gender_by_community.title");
    public static readonly PageText CommunityRepresentationTitle = PageText.Plain("charts.community_representation.title");
    public static readonly PageText CoreTasksTitle = PageText.Plain("charts.core_tasks.title");
    public static readonly PageText TasksPerformedTitle = PageText.Plain("charts.tasks_performed.title");
    public static readonly PageText AnswerYesDescription = PageText.Plain("descriptions.answer_yes");
    public static readonly PageText AnswerNoDescription = PageText.Plain("descriptions.answer_no");
    public static readonly PageText Performed = PageText.PluralOf("descriptions.performed", "count");
    public static readonly PageText NotPerformed = PageText.PluralOf("descriptions.not_performed", "count");
    public static readonly PageText Excluded = PageText.PluralOf("descriptions.excluded", "count");

    public static readonly PageText ChangeHeading = PageText.Plain("change.heading", "previous");
    public static readonly PageText ChangeFigure = PageText.Plain("change.figure");
    public static readonly PageText ChangeChange = PageText.Plain("change.change");
    public static readonly PageText ComparedAsShare = PageText.Plain("change.compared_as_share");
    public static readonly PageText More = PageText.PluralOf("change.more", "count", "previous");
    public static readonly PageText Fewer = PageText.PluralOf("change.fewer", "count", "previous");
    public static readonly PageText Same = PageText.Plain("change.same", "previous");
    public static readonly PageText PointsUp = PageText.Plain("change.points_up", "previous", "value");
    public static readonly PageText PointsDown = PageText.Plain("change.points_down", "previous", "value");
    public static readonly PageText MeanUp = PageText.Plain("change.mean_up", "previous", "value");
    public static readonly PageText MeanDown = PageText.Plain("change.mean_down", "previous", "value");
    public static readonly PageText SharesNote = PageText.Plain("change.shares_note", "previous", "year");
    public static readonly PageText OfficesChanged = PageText.Plain("change.offices_changed", "after", "before", "previous", "year");

    public static readonly PageText GlanceHeading = PageText.Plain("glance.heading", "year");
    public static readonly PageText GlanceIntro = PageText.Plain("glance.intro");
    public static readonly PageText GlanceMunicipality = PageText.Plain("glance.municipality");
    public static readonly PageText GlanceOthers = PageText.Plain("glance.others", "year");
    public static readonly PageText GlanceExcluded = PageText.Plain("glance.excluded");
    public static readonly PageText LegendYes = PageText.Plain("glance.legend_yes");
    public static readonly PageText LegendNo = PageText.Plain("glance.legend_no");
    public static readonly PageText LegendExcluded = PageText.Plain("glance.legend_excluded");
    public static readonly PageText TasksLegend = PageText.Plain("glance.tasks_legend");

    /// <summary>The sheet's own texts; it asks for the shared ones too (<see cref="SheetProducer.Texts"/>).</summary>
    public static IReadOnlyList<PageText> All { get; } =
    [
        Intro, EstablishmentHeading, EstablishmentSummary, SimilarOffices, FunctioningHeading, PerformanceHeading, MethodNote, PerformanceFootnote, Closing,
        WorkPlansTitle, AnnualReportsTitle, GenderByCommunityTitle, CommunityRepresentationTitle, CoreTasksTitle, TasksPerformedTitle,
        AnswerYesDescription, AnswerNoDescription, Performed, NotPerformed, Excluded,
        ChangeHeading, ChangeFigure, ChangeChange, ComparedAsShare, More, Fewer, Same, PointsUp, PointsDown, MeanUp, MeanDown,
        SharesNote, OfficesChanged,
        GlanceHeading, GlanceIntro, GlanceMunicipality, GlanceOthers, GlanceExcluded, LegendYes, LegendNo, LegendExcluded, TasksLegend,
    ];
}
