using Mcro.Localization;
using Mcro.Model;

namespace Mcro.Producers;

/// <summary>
/// The i18n blocks only the series' pages and sections read (a mechanism's sheet, its trends page, the series on the
/// landing pages and profiles). A data folder that defines no mechanism (every one made before the series) never shows
/// them, so its own i18n files need not have them: they are asked for only of a dataset with mechanisms/.
/// </summary>
public static class SeriesTexts
{
    public static readonly IReadOnlySet<string> Blocks = new HashSet<string>(StringComparer.Ordinal)
    {
        "mechanism", "series_landing", "mechanism_trends", "profile_mechanisms",
    };

    public static bool IsSeries(PageText text) => Blocks.Contains(text.Key.Split('.')[0]);

    /// <summary>The declared texts <paramref name="dataset"/> needs: the series' only when it defines a mechanism.</summary>
    public static IReadOnlyList<PageText> NeededBy(IReadOnlyList<PageText> declared, Dataset dataset) =>
        dataset.DefinedMechanisms.Any() ? declared : [.. declared.Where(t => !IsSeries(t))];
}
