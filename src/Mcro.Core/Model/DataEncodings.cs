using System.Collections.Immutable;

namespace Mcro.Model;

/// <summary>
/// The encodings config.yaml declares: <c>encoding</c> for every data table and notes file (the files a spreadsheet
/// exports), <c>encodings</c> per file (any file mcro reads but config.yaml). A file declared nowhere is UTF-8.
/// </summary>
public sealed record DataEncodings(DeclaredEncoding? Dataset, ImmutableSortedDictionary<string, DeclaredEncoding> PerFile)
{
    public static readonly DataEncodings None = new(null, ImmutableSortedDictionary<string, DeclaredEncoding>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>The declared encoding of a file (relative to the data folder, '/'-separated), or null for UTF-8.</summary>
    public DeclaredEncoding? For(string relative) =>
        PerFile.TryGetValue(relative, out var own) ? own : CoveredByDataset(relative) ? Dataset : null;

    /// <summary>
    /// Whether <c>encoding</c> reaches the file: the page texts (i18n/) are written in an editor, not exported, and
    /// config.yaml holds the declaration itself, so both stay UTF-8 unless named one by one.
    /// </summary>
    public static bool CoveredByDataset(string relative) => relative != "config.yaml" && !relative.StartsWith("i18n/", StringComparison.Ordinal);

    public bool IsEmpty => Dataset is null && PerFile.IsEmpty;
}
