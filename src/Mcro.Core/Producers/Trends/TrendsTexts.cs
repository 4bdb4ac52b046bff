using Mcro.Localization;

namespace Mcro.Producers.Trends;

/// <summary>The texts of an edition's trends page: every headline figure over the years, and the breaks in the series.</summary>
public static class TrendsTexts
{
    public static readonly PageText Title = PageText.Plain("trends.title", "first", "last");
    public static readonly PageText Intro = PageText.Plain("trends.intro");
    public static readonly PageText Sheets = PageText.Plain("trends.sheets");
    public static readonly PageText Number = PageText.Plain("trends.number");
    public static readonly PageText OutOf = PageText.Plain("trends.out_of");
    public static readonly PageText ShareAxis = PageText.Plain("trends.share_axis");
    public static readonly PageText MeanAxis = PageText.Plain("trends.mean_axis");
    public static readonly PageText ShareTitle = PageText.Plain("trends.share_title", "figure");
    public static readonly PageText BreakMark = PageText.Plain("trends.break_mark", "number", "year");
    public static readonly PageText BreaksHeading = PageText.Plain("trends.breaks_heading");
    public static readonly PageText BreakNote = PageText.Plain("trends.break_note", "previous", "year");
    public static readonly PageText OfficesOpened = PageText.Plain("trends.offices_opened", "names", "year");
    public static readonly PageText OfficesClosed = PageText.Plain("trends.offices_closed", "names", "year");
    public static readonly PageText Download = PageText.Plain("trends.download", "formats");

    /// <summary>The trends page's own texts; it asks for the shared ones too (<see cref="TrendsProducer.Texts"/>).</summary>
    public static IReadOnlyList<PageText> All { get; } =
        [Title, Intro, Sheets, Number, OutOf, ShareAxis, MeanAxis, ShareTitle, BreakMark, BreaksHeading, BreakNote, OfficesOpened, OfficesClosed, Download];
}
