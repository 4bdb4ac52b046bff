using Mcro.Localization.Collation;

namespace Mcro.Localization;

/// <summary>
/// Names in the order a reader of the edition's language expects (Č after C in Serbian, Ç after C and Ë after E in
/// Albanian, Ч after Ц in Cyrillic): CLDR's collation for the edition's language, pinned in mcro (root order and the
/// language's tailoring, see <see cref="CollationData"/>), then the ordinal order for names it holds equal, so the
/// order is total and the same on every machine, with or without ICU.
/// </summary>
public sealed class EditionCollation(Edition edition) : IComparer<string>
{
    private readonly CollationTable _table = CollationData.For(edition.Language);

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null) return x is null ? (y is null ? 0 : -1) : 1;
        var byLanguage = _table.Compare(x, y);
        return byLanguage != 0 ? byLanguage : string.CompareOrdinal(x, y);
    }
}
