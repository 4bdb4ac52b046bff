using System.Text;

namespace Mcro.Site;

/// <summary>One output file: its path from the site's root ('/'-separated) and its bytes.</summary>
public sealed record SiteFile(string Path, byte[] Content)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static SiteFile Text(string path, string text) => new(path, Utf8.GetBytes(text));

    public string ReadText() => Utf8.GetString(Content);
}

/// <summary>A folder replaced as a whole when anything in it changed (an edition, the assets).</summary>
public sealed record SiteFolder(string Path, IReadOnlyList<SiteFile> Files);

/// <summary>
/// A built site in memory: folders swapped whole, single files at the root, and root files this build
/// no longer makes (sitemap.xml without --base-url) that an earlier build may have left.
/// </summary>
public sealed record SiteOutput(IReadOnlyList<SiteFolder> Folders, IReadOnlyList<SiteFile> Files, IReadOnlyList<string> Obsolete)
{
    /// <summary>
    /// Every edition folder the dataset has ("2019/sr"), built now or not; an edition folder on disk that is not
    /// among them (a year taken out of the data, a language dropped) is removed, so it is not published unlinked.
    /// Null: leave the editions on disk alone.
    /// </summary>
    public IReadOnlyCollection<string>? DatasetEditions { get; init; }

    public IEnumerable<SiteFile> AllFiles => Folders.SelectMany(f => f.Files).Concat(Files);

    public SiteFile? Find(string path) => AllFiles.FirstOrDefault(f => f.Path == path);
}
