using System.Globalization;

namespace Mcro.Localization;

/// <summary>
/// Names in the order a reader of the edition's language expects (Č after C in Serbian, Ç after C and Ë after E in
/// Albanian, Ч after Ц in Cyrillic): the edition's culture's collation, then the ordinal order for names it holds equal,
/// so the order is total and the same wherever the collation is.
/// </summary>
public sealed class EditionCollation : IComparer<string>
{
    private readonly CompareInfo _compare;

    public EditionCollation(Edition edition) => _compare = CultureInfo.GetCultureInfo(edition.Language).CompareInfo;

    public int Compare(string? x, string? y)
    {
        var byLanguage = _compare.Compare(x, y, CompareOptions.None);
        return byLanguage != 0 ? byLanguage : string.CompareOrdinal(x, y);
    }
}
