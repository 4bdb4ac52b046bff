using System.Collections.Immutable;

namespace Mcro.Loading;

/// <summary>
/// Loads i18n/sr-Cyrl-keep.txt, the words the Cyrillic edition keeps in Latin (brands, Latin-script names): one a
/// line, any letter case, "#" starts a comment. Optional: the team extends it without a release of mcro.
/// </summary>
public static class KeepLatinLoader
{
    public const string File = "i18n/sr-Cyrl-keep.txt";

    public static ImmutableHashSet<string> Load(DataFolder folder)
    {
        if (!folder.Exists(File) || folder.ReadText(File) is not { } text) return ImmutableHashSet<string>.Empty.WithComparer(StringComparer.OrdinalIgnoreCase);
        return text.Split('\n')
            .Select(line => (line.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? line[..hash] : line).Trim())
            .Where(word => word.Length > 0)
            .ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
