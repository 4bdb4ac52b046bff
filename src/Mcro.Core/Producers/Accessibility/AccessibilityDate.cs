using System.Globalization;
using Mcro.Localization;

namespace Mcro.Producers.Accessibility;

/// <summary>A day in an edition's words (accessibility.date and the months' names): "20 nëntor 2026", "20. новембар 2026."</summary>
public static class AccessibilityDate
{
    public static string Format(DateOnly day, TextCatalog text) =>
        // Day and year in plain digits, as years are written everywhere on the site (never "2.026").
        text.Text(AccessibilityTexts.Date,
            ("day", day.Day.ToString(CultureInfo.InvariantCulture)),
            ("month", text.Text(AccessibilityTexts.Months[day.Month - 1])),
            ("year", day.Year.ToString(CultureInfo.InvariantCulture)));
}
