using Mcro.Localization;

namespace Mcro.Producers.Mechanism;

/// <summary>
/// The frame's own words on every mechanism's sheet (the i18n block <c>mechanism:</c>); the mechanism's own words (its
/// names, mandate, indicators, duties, people) come from its definition.
/// </summary>
public static class MechanismTexts
{
    /// <summary>The series navigation's label, on the MOCR's sheets as on every mechanism's (a link text: every kind may read it).</summary>
    public static readonly PageText Series = PageText.Plain("mechanism.series");

    public static readonly PageText Municipality = PageText.Plain("mechanism.list.municipality");

    public static readonly PageText Title = PageText.Plain("mechanism.title", "abbreviation", "name", "year");
    public static readonly PageText EstablishmentHeading = PageText.Plain("mechanism.headings.establishment");
    public static readonly PageText FunctioningHeading = PageText.Plain("mechanism.headings.functioning");
    public static readonly PageText PeopleHeading = PageText.Plain("mechanism.headings.people");
    public static readonly PageText RepresentationHeading = PageText.Plain("mechanism.headings.representation");
    public static readonly PageText DutiesHeading = PageText.Plain("mechanism.headings.duties");

    public static readonly PageText Established = PageText.PluralOf("mechanism.established", "count", "abbreviation", "total");
    public static readonly PageText Mandatory = PageText.PluralOf("mechanism.mandatory", "count", "established", "threshold");
    public static readonly PageText PeopleSummary = PageText.PluralOf("mechanism.people_summary", "count", "label", "men", "women");
    public static readonly PageText RepresentationNone = PageText.Plain("mechanism.representation_none");
    public static readonly PageText VacantLeftOut = PageText.PluralOf("mechanism.vacant_left_out", "count");

    public static readonly PageText ListCaption = PageText.Plain("mechanism.list.caption", "year");
    public static readonly PageText ListMandatory = PageText.Plain("mechanism.list.mandatory");
    public static readonly PageText ListStatus = PageText.Plain("mechanism.list.status");
    public static readonly PageText MandatoryYes = PageText.Plain("mechanism.list.mandatory_yes");
    public static readonly PageText MandatoryNo = PageText.Plain("mechanism.list.mandatory_no");
    public static readonly PageText StatusYes = PageText.Plain("mechanism.status.yes");
    public static readonly PageText StatusVacant = PageText.Plain("mechanism.status.vacant");
    public static readonly PageText StatusDissolved = PageText.Plain("mechanism.status.dissolved");
    public static readonly PageText StatusNo = PageText.Plain("mechanism.status.no");

    public static readonly PageText EstablishmentChart = PageText.Plain("mechanism.charts.establishment", "year");
    public static readonly PageText FunctioningChart = PageText.Plain("mechanism.charts.functioning", "year");
    public static readonly PageText PeopleChart = PageText.Plain("mechanism.charts.people", "label");
    public static readonly PageText RepresentationChart = PageText.Plain("mechanism.charts.representation", "year");
    public static readonly PageText DutiesChart = PageText.Plain("mechanism.charts.duties", "year");
    public static readonly PageText WhereMandatory = PageText.Plain("mechanism.charts.where_mandatory");
    public static readonly PageText WhereOptional = PageText.Plain("mechanism.charts.where_optional");
    public static readonly PageText EveryMunicipality = PageText.Plain("mechanism.charts.every_municipality");
    public static readonly PageText SeriesEstablished = PageText.Plain("mechanism.charts.established");
    public static readonly PageText SeriesVacant = PageText.Plain("mechanism.charts.vacant");
    public static readonly PageText SeriesNotEstablished = PageText.Plain("mechanism.charts.not_established");
    public static readonly PageText Municipalities = PageText.Plain("mechanism.charts.municipalities");
    public static readonly PageText NumberOfMunicipalities = PageText.Plain("mechanism.charts.number_of_municipalities");
    public static readonly PageText NumberOfPeople = PageText.Plain("mechanism.charts.number_of_people");
    public static readonly PageText Indicator = PageText.Plain("mechanism.charts.indicator");
    public static readonly PageText Duty = PageText.Plain("mechanism.charts.duty");

    public static readonly PageText DescribeEstablished = PageText.PluralOf("mechanism.descriptions.established", "count");
    public static readonly PageText DescribeVacant = PageText.PluralOf("mechanism.descriptions.vacant", "count");
    public static readonly PageText DescribeNotEstablished = PageText.PluralOf("mechanism.descriptions.not_established", "count");
    public static readonly PageText DescribeYes = PageText.PluralOf("mechanism.descriptions.yes", "count");
    public static readonly PageText DescribeNo = PageText.PluralOf("mechanism.descriptions.no", "count");
    public static readonly PageText DescribeExcluded = PageText.PluralOf("mechanism.descriptions.excluded", "count");
    public static readonly PageText DescribeMunicipalities = PageText.PluralOf("mechanism.descriptions.municipalities", "count");

    public static readonly PageText ChangeEstablished = PageText.Plain("mechanism.change.established");
    public static readonly PageText ChangeEstablishedMandatory = PageText.Plain("mechanism.change.established_mandatory");
    public static readonly PageText ChangeAnsweredYes = PageText.Plain("mechanism.change.answered_yes", "label");
    public static readonly PageText ChangePeople = PageText.Plain("mechanism.change.people", "label");
    public static readonly PageText ChangeWomen = PageText.Plain("mechanism.change.women", "label");

    public static readonly PageText TrendsLink = PageText.Plain("mechanism.trends_link", "abbreviation");

    // The words the MOCR's sheet has for the same things, declared again here: a page kind never reaches into another's folder.
    public static readonly PageText ChangeHeading = PageText.Plain("change.heading", "previous");
    public static readonly PageText ChangeFigure = PageText.Plain("change.figure");
    public static readonly PageText ChangeChange = PageText.Plain("change.change");
    public static readonly PageText More = PageText.PluralOf("change.more", "count", "previous");
    public static readonly PageText Fewer = PageText.PluralOf("change.fewer", "count", "previous");
    public static readonly PageText Same = PageText.Plain("change.same", "previous");
    public static readonly PageText MethodNote = PageText.Plain("performance.method_note", "mission", "mission_genitive");
    public static readonly PageText Closing = PageText.Plain("closing.paragraph", "mission", "mission_genitive");

    /// <summary>The sheet's own texts, and those it shares with the MOCR's sheet (the change's words, the method note, the closing paragraph).</summary>
    public static IReadOnlyList<PageText> All { get; } =
    [
        Municipality, Title, EstablishmentHeading, FunctioningHeading, PeopleHeading, RepresentationHeading, DutiesHeading,
        Established, Mandatory, PeopleSummary, RepresentationNone, VacantLeftOut,
        ListCaption, ListMandatory, ListStatus, MandatoryYes, MandatoryNo, StatusYes, StatusVacant, StatusDissolved, StatusNo,
        EstablishmentChart, FunctioningChart, PeopleChart, RepresentationChart, DutiesChart, WhereMandatory, WhereOptional, EveryMunicipality,
        SeriesEstablished, SeriesVacant, SeriesNotEstablished, Municipalities, NumberOfMunicipalities, NumberOfPeople, Indicator, Duty,
        DescribeEstablished, DescribeVacant, DescribeNotEstablished, DescribeYes, DescribeNo, DescribeExcluded, DescribeMunicipalities,
        ChangeEstablished, ChangeEstablishedMandatory, ChangeAnsweredYes, ChangePeople, ChangeWomen, TrendsLink,
        ChangeHeading, ChangeFigure, ChangeChange, More, Fewer, Same, MethodNote, Closing,
    ];
}
