using Mcro.Localization;

namespace Mcro.Producers.Profile;

/// <summary>
/// The frame of a mechanism's part of a profile, shared by every mechanism of the series; the mechanism's own words
/// (name, indicator and duty labels, people label) come from its definition. Its sentences never name the mechanism
/// (the section's heading does): a name from data has no grammatical gender or case the texts could agree with.
/// </summary>
public static class ProfileMechanismTexts
{
    public static readonly PageText StatusYes = PageText.Plain("profile_mechanisms.status_yes", "year");
    public static readonly PageText StatusVacant = PageText.Plain("profile_mechanisms.status_vacant", "year");
    public static readonly PageText StatusDissolved = PageText.Plain("profile_mechanisms.status_dissolved", "year");
    public static readonly PageText StatusNo = PageText.Plain("profile_mechanisms.status_no", "year");
    public static readonly PageText Mandatory = PageText.Plain("profile_mechanisms.mandatory", "year");
    public static readonly PageText Optional = PageText.Plain("profile_mechanisms.optional", "year");
    public static readonly PageText MissingMandatory = PageText.Plain("profile_mechanisms.missing_mandatory", "year");
    public static readonly PageText NotAssessed = PageText.Plain("profile_mechanisms.not_assessed", "year");
    public static readonly PageText FunctioningHeading = PageText.Plain("profile_mechanisms.functioning_heading", "year");
    public static readonly PageText DutiesHeading = PageText.Plain("profile_mechanisms.duties_heading", "year");
    public static readonly PageText DutiesPerformed = PageText.PluralOf("profile_mechanisms.duties_performed", "count", "total");
    public static readonly PageText DutyExcluded = PageText.Plain("profile_mechanisms.duty_excluded");
    public static readonly PageText PeopleCount = PageText.PluralOf("profile_mechanisms.people_count", "count");
    public static readonly PageText RepresentationHeading = PageText.Plain("profile_mechanisms.representation_heading");
    public static readonly PageText NotRepresented = PageText.PluralOf("profile_mechanisms.not_represented", "count");
    public static readonly PageText SheetLink = PageText.Plain("profile_mechanisms.sheet_link", "year", "mechanism");

    public static IReadOnlyList<PageText> All { get; } =
    [
        StatusYes, StatusVacant, StatusDissolved, StatusNo, Mandatory, Optional, MissingMandatory, NotAssessed,
        FunctioningHeading, DutiesHeading, DutiesPerformed, DutyExcluded, PeopleCount, RepresentationHeading, NotRepresented, SheetLink,
    ];
}
