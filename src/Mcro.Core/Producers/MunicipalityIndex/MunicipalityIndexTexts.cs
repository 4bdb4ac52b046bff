using Mcro.Localization;

namespace Mcro.Producers.MunicipalityIndex;

/// <summary>The texts of the municipality index (data/i18n/*.yaml, under municipalities:).</summary>
public static class MunicipalityIndexTexts
{
    /// <summary>With the title, the words other pages link the index with (page.links.municipalities): every kind of page may read them.</summary>
    public static readonly PageText Link = PageText.Plain("municipalities.link");
    public static readonly PageText Title = PageText.Plain("municipalities.title");
    public static readonly PageText Intro = PageText.Plain("municipalities.intro");
    public static readonly PageText Caption = PageText.Plain("municipalities.caption");
    public static readonly PageText Municipality = PageText.Plain("municipalities.municipality");
    public static readonly PageText Mocr = PageText.Plain("municipalities.mocr");
    public static readonly PageText Similar = PageText.Plain("municipalities.similar");
    public static readonly PageText None = PageText.Plain("municipalities.none");
    public static readonly PageText Excluded = PageText.Plain("municipalities.excluded");
    public static readonly PageText Tasks = PageText.Plain("municipalities.tasks", "count", "total");

    public static IReadOnlyList<PageText> All { get; } = [Link, Title, Intro, Caption, Municipality, Mocr, Similar, None, Excluded, Tasks];
}
