using Mcro.Localization;
using Mcro.Model;
using Mcro.Producers.Accessibility.Views;

namespace Mcro.Producers.Accessibility;

/// <summary>The statement as one edition shows it: its texts, and the contact and date of config.yaml's accessibility:.</summary>
public static class AccessibilityModel
{
    /// <param name="site">The site's name in the edition, as its landing page is titled.</param>
    public static AccessibilityStatementPage Build(AccessibilitySettings settings, string site, TextCatalog text)
    {
        return new AccessibilityStatementPage(
            text.Text(AccessibilityTexts.Title),
            text.Text(AccessibilityTexts.Intro, ("site", site)),
            text.Text(AccessibilityTexts.StatusHeading),
            text.Text(AccessibilityTexts.Status),
            text.Text(AccessibilityTexts.Leaflets),
            text.Text(AccessibilityTexts.LimitationsHeading),
            text.Text(AccessibilityTexts.LimitationsIntro),
            [
                text.Text(AccessibilityTexts.LimitationCharts),
                text.Text(AccessibilityTexts.LimitationPeople),
                text.Text(AccessibilityTexts.LimitationLeaflets),
            ],
            text.Text(AccessibilityTexts.MethodHeading),
            text.Text(AccessibilityTexts.Method, ("date", AccessibilityDate.Format(settings.Assessed, text))),
            [
                text.Text(AccessibilityTexts.ToolHtml),
                text.Text(AccessibilityTexts.ToolAxe),
                text.Text(AccessibilityTexts.ToolCharts),
                text.Text(AccessibilityTexts.ToolContrast),
                text.Text(AccessibilityTexts.ToolRendering),
                text.Text(AccessibilityTexts.ToolLinks),
                text.Text(AccessibilityTexts.ToolPdf),
            ],
            text.Text(AccessibilityTexts.FeedbackHeading),
            text.Text(AccessibilityTexts.Feedback),
            settings.Contact,
            settings.ContactHref);
    }
}
