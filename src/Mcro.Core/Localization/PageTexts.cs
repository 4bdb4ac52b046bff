using System.Collections.Immutable;

namespace Mcro.Localization;

/// <summary>
/// Every i18n text the pages ask for by key, whether it is plain or plural, and the placeholders they fill in it.
/// Validation checks the i18n files against this list, so `mcro validate` refuses what a build would; a test
/// builds the sample site and asserts every text asked for is here, as asked for.
/// </summary>
public static class PageTexts
{
    /// <summary>One text the pages use; a plural text's placeholders include {count}.</summary>
    public sealed record PageText(string Key, bool Plural, ImmutableArray<string> Placeholders);

    public static readonly ImmutableSortedDictionary<string, PageText> All = new PageText[]
    {
        Plain("sheet.title", "year"),
        Plural("intro.paragraph", "count", "first_year"),
        Plain("establishment.heading"),
        Plural("establishment.summary", "count", "total"),
        Plural("establishment.similar_offices", "count", "names", "names_locative"),
        Plain("functioning.heading"),
        Plain("performance.heading", "year"),
        Plain("performance.method_note", "mission", "mission_genitive"),
        Plain("performance.footnote", "mission", "mission_genitive"),
        Plain("closing.paragraph", "mission", "mission_genitive"),
        Plain("charts.work_plans.title", "year"),
        Plain("charts.annual_reports.title", "year"),
        Plain("charts.gender_by_community.title"),
        Plain("charts.community_representation.title"),
        Plain("charts.core_tasks.title"),
        Plain("charts.tasks_performed.title"),
        Plain("labels.answer"),
        Plain("labels.answer_yes"),
        Plain("labels.answer_no"),
        Plain("labels.community"),
        Plain("labels.excluded"),
        Plain("labels.men"),
        Plain("labels.women"),
        Plain("labels.number_of_mocrs"),
        Plain("labels.number_of_staff"),
        Plain("descriptions.answer_yes"),
        Plural("counts.mocrs", "count"),
        Plural("counts.staff", "count"),
        Plural("counts.women", "count"),
        Plural("counts.men", "count"),
        Plural("counts.tasks", "count"),
        Plain("change.heading", "previous"),
        Plain("change.figure"),
        Plain("change.change"),
        Plain("change.compared_as_share"),
        Plain("change.offices"),
        Plain("change.work_plans"),
        Plain("change.annual_reports"),
        Plain("change.staff_total"),
        Plain("change.staff_female"),
        Plain("change.tasks_all"),
        Plain("change.tasks_mean"),
        Plain("change.share_value", "base", "count", "share"),
        Plural("change.more", "count", "previous"),
        Plural("change.fewer", "count", "previous"),
        Plain("change.same", "previous"),
        Plain("change.points_up", "previous", "value"),
        Plain("change.points_down", "previous", "value"),
        Plain("change.mean_up", "previous", "value"),
        Plain("change.mean_down", "previous", "value"),
        Plain("change.shares_note", "previous", "year"),
        Plain("change.offices_changed", "after", "before", "previous", "year"),
        Plain("change.exclusions_in", "reasons", "year"),
        Plain("change.no_exclusions_in", "year"),
        Plain("trends.link"),
        Plain("trends.title", "first", "last"),
        Plain("trends.intro"),
        Plain("trends.sheets"),
        Plain("trends.year"),
        Plain("trends.number"),
        Plain("trends.out_of"),
        Plain("trends.share_axis"),
        Plain("trends.mean_axis"),
        Plain("trends.share_title", "figure"),
        Plain("trends.break_mark", "number", "year"),
        Plain("trends.breaks_heading"),
        Plain("trends.break_note", "previous", "year"),
        Plain("trends.offices_opened", "names", "year"),
        Plain("trends.offices_closed", "names", "year"),
        Plain("trends.download", "formats"),
        Plain("profile.title", "name", "name_locative", "year"),
        Plain("profile.since", "name", "name_locative", "since", "year"),
        Plain("profile.similar_office", "name", "name_locative", "year"),
        Plain("profile.no_office", "name", "name_locative", "year"),
        Plain("profile.work_plan"),
        Plain("profile.annual_report"),
        Plain("profile.reporting_heading", "year"),
        Plain("profile.tasks_heading", "year"),
        Plain("profile.performed"),
        Plain("profile.not_performed"),
        Plain("profile.excluded"),
        Plain("profile.excluded_all", "year"),
        Plural("profile.tasks_performed", "count", "total"),
        Plural("profile.others", "count", "year"),
        Plural("profile.fewer", "count"),
        Plural("profile.same", "count"),
        Plural("profile.more", "count"),
        Plain("profile.staff_heading"),
        Plain("profile.position"),
        Plain("profile.head"),
        Plain("profile.staff_member"),
        Plain("profile.history_heading"),
        Plain("profile.history_chart"),
        Plain("profile.history_similar"),
        Plain("profile.history_none"),
        Plain("profile.history_excluded"),
        Plain("profile.count_of", "count", "total"),
        Plain("profile.notes_heading"),
        Plain("profile.download", "formats"),
        Plain("profile.sheet_link", "year"),
        Plain("glance.heading", "year"),
        Plain("glance.intro"),
        Plain("glance.municipality"),
        Plain("glance.others", "year"),
        Plain("glance.excluded"),
        Plain("glance.legend_yes"),
        Plain("glance.legend_no"),
        Plain("glance.legend_excluded"),
        Plain("glance.tasks_legend"),
        Plain("descriptions.answer_no"),
        Plural("descriptions.performed", "count"),
        Plural("descriptions.not_performed", "count"),
        Plural("descriptions.excluded", "count"),
        Plain("labels.share"),
        Plain("labels.staff"),
        Plain("labels.task"),
        Plain("labels.tasks_performed"),
        Plain("labels.total"),
        Plain("site.download_figures", "formats"),
        Plain("site.download_leaflet", "formats"),
        Plain("site.index_heading"),
        Plain("site.list_and"),
        Plain("leaflet.keywords", "year"),
    }.ToImmutableSortedDictionary(t => t.Key, t => t, StringComparer.Ordinal);

    /// <summary>
    /// The texts of one dataset: the list above and the name of each edition, for the language switcher, where CLDR
    /// gives none of its own (a Cyrillic edition, or a language CLDR does not know): TextCatalog.Endonym falls back to it.
    /// </summary>
    public static IEnumerable<PageText> For(IEnumerable<string> editions) =>
        All.Values.Concat(editions.Where(NeedsItsName).Select(tag => Plain(Edition.For(tag).NameKey)).DistinctBy(t => t.Key));

    private static bool NeedsItsName(string tag) => Edition.For(tag).CldrName is null;

    private static PageText Plain(string key, params string[] placeholders) => new(key, false, [.. placeholders]);

    private static PageText Plural(string key, params string[] placeholders) => new(key, true, [.. placeholders]);
}
