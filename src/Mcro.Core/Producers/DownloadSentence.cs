using Mcro.Localization;
using Mcro.Rendering.Views;

namespace Mcro.Producers;

/// <summary>"Download figures (JSON/CSV)": a sentence around its links, on sheets, profiles and trends pages alike.</summary>
public static class DownloadSentence
{
    /// <summary>The text of <paramref name="key"/> split where its {formats} goes, with the links to put there.</summary>
    public static DownloadLinks Of(TextCatalog text, PageText key, IReadOnlyList<FileLink> files)
    {
        const string Marker = "\u0001";
        var sentence = text.Text(key, ("formats", Marker));
        var at = sentence.IndexOf(Marker, StringComparison.Ordinal);
        return new DownloadLinks(at < 0 ? sentence : sentence[..at], at < 0 ? "" : sentence[(at + 1)..], files);
    }
}
