using Mcro.Localization;

namespace Mcro.Producers.Accessibility;

/// <summary>The texts of the accessibility statement (data/i18n/*.yaml, under accessibility:).</summary>
public static class AccessibilityTexts
{
    /// <summary>With the title, the words every page's footer links the statement with (page.links.accessibility).</summary>
    public static readonly PageText Link = PageText.Plain("accessibility.link");
    public static readonly PageText Title = PageText.Plain("accessibility.title");
    public static readonly PageText Intro = PageText.Plain("accessibility.intro", "site");

    public static readonly PageText StatusHeading = PageText.Plain("accessibility.status_heading");
    public static readonly PageText Status = PageText.Plain("accessibility.status");
    public static readonly PageText Leaflets = PageText.Plain("accessibility.leaflets");

    public static readonly PageText LimitationsHeading = PageText.Plain("accessibility.limitations_heading");
    public static readonly PageText LimitationsIntro = PageText.Plain("accessibility.limitations_intro");
    public static readonly PageText LimitationCharts = PageText.Plain("accessibility.limitation_charts");
    public static readonly PageText LimitationPeople = PageText.Plain("accessibility.limitation_people");
    public static readonly PageText LimitationLeaflets = PageText.Plain("accessibility.limitation_leaflets");

    public static readonly PageText MethodHeading = PageText.Plain("accessibility.method_heading");
    public static readonly PageText Method = PageText.Plain("accessibility.method", "date");
    public static readonly PageText ToolHtml = PageText.Plain("accessibility.tool_html");
    public static readonly PageText ToolAxe = PageText.Plain("accessibility.tool_axe");
    public static readonly PageText ToolCharts = PageText.Plain("accessibility.tool_charts");
    public static readonly PageText ToolContrast = PageText.Plain("accessibility.tool_contrast");
    public static readonly PageText ToolRendering = PageText.Plain("accessibility.tool_rendering");
    public static readonly PageText ToolLinks = PageText.Plain("accessibility.tool_links");
    public static readonly PageText ToolPdf = PageText.Plain("accessibility.tool_pdf");

    public static readonly PageText FeedbackHeading = PageText.Plain("accessibility.feedback_heading");
    public static readonly PageText Feedback = PageText.Plain("accessibility.feedback");

    /// <summary>A day as the edition writes it: "20 November 2026", "20. novembar 2026."</summary>
    public static readonly PageText Date = PageText.Plain("accessibility.date", "day", "month", "year");

    /// <summary>The months' names as <see cref="Date"/> writes them, January first.</summary>
    public static IReadOnlyList<PageText> Months { get; } =
    [
        .. new[] { "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december" }
            .Select(month => PageText.Plain("accessibility." + month)),
    ];

    public static IReadOnlyList<PageText> All { get; } =
    [
        Link, Title, Intro, StatusHeading, Status, Leaflets,
        LimitationsHeading, LimitationsIntro, LimitationCharts, LimitationPeople, LimitationLeaflets,
        MethodHeading, Method, ToolHtml, ToolAxe, ToolCharts, ToolContrast, ToolRendering, ToolLinks, ToolPdf,
        FeedbackHeading, Feedback, Date, .. Months,
    ];
}
