namespace Mcro.Site;

/// <summary>
/// The file that says "this folder is an mcro site". mcro writes only into a folder that is new, empty, or holds
/// this file, so `--out ~` or `--out src` can never replace anyone's files. A build also locks it while it writes.
/// </summary>
public static class SiteMarker
{
    public const string FileName = ".mcro-site";

    public const string Text =
        "This folder is a site built by mcro (the factsheet builder).\n" +
        "mcro replaces the editions it built here; it refuses to write into a folder without this file.\n";

    public static bool IsIn(string folder) => File.Exists(Path.Combine(folder, FileName));
}
