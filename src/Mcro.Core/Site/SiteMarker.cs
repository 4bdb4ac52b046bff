namespace Mcro.Site;

/// <summary>
/// The file that says "this folder is an mcro site" (<see cref="SiteLayout.Marker"/>). mcro writes only into a folder
/// that is new, empty, or holds this file, so `--out ~` or `--out src` can never replace anyone's files. A build
/// also locks it while it writes.
/// </summary>
public static class SiteMarker
{
    public const string FileName = SiteLayout.Marker;

    public const string Text =
        "This folder is a site built by mcro (the factsheet builder).\n" +
        "mcro replaces only the files it wrote here (listed in .mcro-manifest); it refuses to write into a folder without this file.\n";

    public static bool IsIn(string folder) => File.Exists(Path.Combine(folder, FileName));
}
