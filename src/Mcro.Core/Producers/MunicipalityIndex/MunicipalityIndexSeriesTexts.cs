using Mcro.Localization;

namespace Mcro.Producers.MunicipalityIndex;

/// <summary>
/// The index's texts of the series' other mechanisms (data/i18n/*.yaml, in the profile_mechanisms: block beside the
/// profile's): their agreement follows the word "mechanism", as the profile's sentences do.
/// </summary>
public static class MunicipalityIndexSeriesTexts
{
    // A line per mechanism in each year's cell ("KZ: aktivan"), and a sentence in the intro saying so.
    public static readonly PageText IndexIntro = PageText.Plain("profile_mechanisms.index_intro");
    public static readonly PageText IndexStatus = PageText.Plain("profile_mechanisms.index_status", "abbreviation", "status");
    public static readonly PageText ShortYes = PageText.Plain("profile_mechanisms.short_yes");
    public static readonly PageText ShortVacant = PageText.Plain("profile_mechanisms.short_vacant");
    public static readonly PageText ShortDissolved = PageText.Plain("profile_mechanisms.short_dissolved");
    public static readonly PageText ShortNo = PageText.Plain("profile_mechanisms.short_no");
    public static readonly PageText ShortMissing = PageText.Plain("profile_mechanisms.short_missing");

    public static IReadOnlyList<PageText> All { get; } = [IndexIntro, IndexStatus, ShortYes, ShortVacant, ShortDissolved, ShortNo, ShortMissing];
}
