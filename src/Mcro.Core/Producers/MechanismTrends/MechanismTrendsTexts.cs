using Mcro.Localization;

namespace Mcro.Producers.MechanismTrends;

/// <summary>The texts of a mechanism's trends page; its own words (name, indicators, duties, people) are its definition's.</summary>
public static class MechanismTrendsTexts
{
    public static readonly PageText Title = PageText.Plain("mechanism_trends.title", "name", "abbreviation", "first", "last");
    public static readonly PageText Intro = PageText.Plain("mechanism_trends.intro");
    public static readonly PageText Sheets = PageText.Plain("mechanism_trends.sheets");
    public static readonly PageText Table = PageText.Plain("mechanism_trends.table");
    public static readonly PageText Figure = PageText.Plain("mechanism_trends.figure");
    public static readonly PageText Establishment = PageText.Plain("mechanism_trends.establishment");
    public static readonly PageText Municipalities = PageText.Plain("mechanism_trends.municipalities");
    public static readonly PageText Established = PageText.Plain("mechanism_trends.established");
    public static readonly PageText Mandatory = PageText.Plain("mechanism_trends.mandatory");
    public static readonly PageText EstablishedMandatory = PageText.Plain("mechanism_trends.established_mandatory");
    public static readonly PageText Functioning = PageText.Plain("mechanism_trends.functioning");
    public static readonly PageText Duties = PageText.Plain("mechanism_trends.duties");
    public static readonly PageText MunicipalitiesAxis = PageText.Plain("mechanism_trends.municipalities_axis");
    public static readonly PageText PeopleAxis = PageText.Plain("mechanism_trends.people_axis");
    public static readonly PageText Point = PageText.Plain("mechanism_trends.point", "figure", "value");
    public static readonly PageText Download = PageText.Plain("mechanism_trends.download", "formats");

    public static IReadOnlyList<PageText> All { get; } =
        [Title, Intro, Sheets, Table, Figure, Establishment, Municipalities, Established, Mandatory, EstablishedMandatory, Functioning, Duties,
            MunicipalitiesAxis, PeopleAxis, Point, Download];
}
