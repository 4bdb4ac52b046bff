using System.Globalization;
using Mcro.Localization;

namespace Mcro.Site;

/// <summary>Where every page of the site lives, and relative links between them (the site works from any folder and file://).</summary>
public static class SitePaths
{
    public const string Landing = "index.html";
    public const string Sitemap = "sitemap.xml";
    public const string AssetsFolder = "assets";
    public const string Stylesheet = "assets/site.css";
    public const string FontsFolder = "assets/fonts";

    /// <summary>A folder name that is a year ("2019"): where editions live.</summary>
    public static bool IsYearFolder(string name) => name.Length == 4 && name.All(char.IsAsciiDigit);

    public static string EditionFolder(int year, Edition edition) =>
        year.ToString(CultureInfo.InvariantCulture) + "/" + edition.Tag;

    public static string Sheet(int year, Edition edition) => EditionFolder(year, edition) + "/index.html";

    /// <summary>The link from one site file to another: Relative("2019/sr/index.html", "assets/site.css") = "../../assets/site.css".</summary>
    public static string Relative(string fromFile, string toFile)
    {
        var from = fromFile.Split('/')[..^1];
        var to = toFile.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common]) common++;
        var ups = Enumerable.Repeat("..", from.Length - common);
        return string.Join("/", ups.Concat(to[common..]));
    }

    /// <summary>The public address of a page: folders end in "/" rather than "index.html".</summary>
    public static string Absolute(string baseUrl, string file)
    {
        var path = file == Landing ? "" : file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;
        return baseUrl.TrimEnd('/') + "/" + path;
    }
}
