namespace Mcro.Localization.Collation;

/// <summary>
/// CLDR's root collation, as pinned in collation.json: per script, its letters in order, each written as a CLDR rule
/// ("c&lt;&lt;&lt;C&lt;&lt;ć&lt;&lt;&lt;Ć"); the combining marks that no letter holds, by accent order; and the ligatures that sort as
/// their spelling ("&amp;ae&lt;&lt;æ").
/// </summary>
internal sealed record CollationRoot(
    IReadOnlyList<(string Script, IReadOnlyList<string> Letters)> Blocks,
    IReadOnlyList<string> Marks,
    IReadOnlyList<string> Expansions);
