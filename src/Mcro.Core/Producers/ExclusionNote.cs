using System.Globalization;
using Mcro.Localization;
using Mcro.Model;

namespace Mcro.Producers;

/// <summary>Which offices a year left out and why, as a sheet's change notes and the trends page's breaks both say it.</summary>
public static class ExclusionNote
{
    /// <summary>"In 2018: …" with the year's exclusion reasons as the data gives them, or that none was left out.</summary>
    public static string Of(YearData data, int year, TextCatalog text, EditionNames names)
    {
        var y = ("year", year.ToString(CultureInfo.InvariantCulture));
        return data.Exclusions.Length == 0
            ? text.Text(SharedTexts.NoExclusionsIn, y)
            : text.Text(SharedTexts.ExclusionsIn, y, ("reasons", string.Join(" ", data.Exclusions.Select(e => names.Of(e.Reason)))));
    }
}
