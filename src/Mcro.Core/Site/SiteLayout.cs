using System.Globalization;
using Mcro.Localization;

namespace Mcro.Site;

/// <summary>
/// Where every file of the site lives, and which folder is replaced as a whole (a unit) when it changes. The
/// producers, the writer, the output guard and the manifest all ask here; no other code spells an output path.
/// Paths are relative to the site's root and use '/'.
/// </summary>
public static class SiteLayout
{
    public const string Landing = "index.html";
    public const string Sitemap = "sitemap.xml";
    public const string AssetsFolder = "assets";
    public const string Stylesheet = "assets/site.css";
    public const string FontsFolder = "assets/fonts";
    public const string FontLicence = FontsFolder + "/OFL.txt";

    /// <summary>Inside an edition's folder, relative to its sheet.</summary>
    public const string ChartsFolder = "charts";
    public const string IndicatorsJson = "indicators.json";
    public const string IndicatorsCsv = "indicators.csv";

    /// <summary>The trends pages (one per edition) and the figures of every year, replaced as one unit.</summary>
    public const string TrendsFolder = "trends";
    public const string TrendsIndicatorsJson = TrendsFolder + "/" + IndicatorsJson;
    public const string TrendsIndicatorsCsv = TrendsFolder + "/" + IndicatorsCsv;

    /// <summary>An edition's trends page: "trends/sr/index.html".</summary>
    public static string Trends(Edition edition) => TrendsFolder + "/" + edition.Tag + "/index.html";

    /// <summary>A trends chart's own file: "trends/sr/charts/trend-offices.svg".</summary>
    public static string TrendsChart(Edition edition, string chartId) => TrendsFolder + "/" + edition.Tag + "/" + ChartFromSheet(chartId);

    /// <summary>The files mcro keeps beside the site: its marker (and lock), its record of the last build, its staging area.</summary>
    public const string Marker = ".mcro-site";
    public const string Manifest = ".mcro-manifest";
    public const string Staging = ".mcro-staging";

    public static string EditionFolder(int year, Edition edition) =>
        year.ToString(CultureInfo.InvariantCulture) + "/" + edition.Tag;

    /// <summary>An edition's own landing page, in its language: "sr/index.html" (the folder is the edition's tag).</summary>
    public static string EditionLanding(Edition edition) => edition.Tag + "/index.html";

    public static string Sheet(int year, Edition edition) => EditionFolder(year, edition) + "/index.html";

    /// <summary>A chart's own file, relative to the sheet that shows it.</summary>
    public static string ChartFromSheet(string chartId) => $"{ChartsFolder}/{chartId}.svg";

    public static string Chart(int year, Edition edition, string chartId) => EditionFolder(year, edition) + "/" + ChartFromSheet(chartId);

    public static string EditionFile(int year, Edition edition, string name) => EditionFolder(year, edition) + "/" + name;

    /// <summary>Inside an edition's folder: one folder per municipality, its profile and its own figures.</summary>
    public const string MunicipalitiesFolder = "municipalities";
    public const string ProfileJson = "figures.json";
    public const string ProfileCsv = "figures.csv";

    /// <summary>A municipality's profile in one year and edition: "2019/sr/municipalities/prizren/index.html".</summary>
    public static string Profile(int year, Edition edition, string code) => ProfileFile(year, edition, code, "index.html");

    /// <summary>A file beside a profile: "2019/sr/municipalities/prizren/figures.json".</summary>
    public static string ProfileFile(int year, Edition edition, string code, string name) =>
        EditionFolder(year, edition) + "/" + MunicipalitiesFolder + "/" + code + "/" + name;

    /// <summary>
    /// A mechanism of the series has a folder of its own inside each edition's folder, named by its id ("2019/sr/cc/"):
    /// its sheet, charts and downloads, replaced with the edition's unit. The MOCR's sheet is the edition's own page.
    /// </summary>
    public static string MechanismFolder(int year, Edition edition, string mechanism) => EditionFolder(year, edition) + "/" + mechanism;

    /// <summary>A mechanism's sheet: "2019/sr/cc/index.html".</summary>
    public static string MechanismSheet(int year, Edition edition, string mechanism) => MechanismFile(year, edition, mechanism, "index.html");

    /// <summary>A file beside a mechanism's sheet: "2019/sr/cc/indicators.json", "2019/sr/cc/charts/functioning.svg".</summary>
    public static string MechanismFile(int year, Edition edition, string mechanism, string name) => MechanismFolder(year, edition, mechanism) + "/" + name;

    /// <summary>A mechanism's trends page: "trends/sr/cc/index.html".</summary>
    public static string MechanismTrends(Edition edition, string mechanism) => TrendsFolder + "/" + edition.Tag + "/" + mechanism + "/index.html";

    /// <summary>A file beside a mechanism's trends page: "trends/sr/cc/indicators.json", "trends/sr/cc/charts/establishment.svg".</summary>
    public static string MechanismTrendsFile(Edition edition, string mechanism, string name) => TrendsFolder + "/" + edition.Tag + "/" + mechanism + "/" + name;

    /// <summary>A mechanism's printed leaflet, beside its sheet: "2019/sr/cc/cc-2019-sr.pdf".</summary>
    public static string MechanismLeaflet(int year, Edition edition, string mechanism) =>
        MechanismFile(year, edition, mechanism, $"{mechanism}-{year.ToString(CultureInfo.InvariantCulture)}-{edition.Tag.ToLowerInvariant()}.pdf");

    /// <summary>Names a mechanism's id may not have: the folders an edition's folder and the trends folder already hold.</summary>
    public static readonly IReadOnlySet<string> ReservedFolders = new HashSet<string>(StringComparer.Ordinal)
    {
        ChartsFolder, MunicipalitiesFolder, TrendsFolder, AssetsFolder, "accessibility", "fonts", "i18n", "mechanisms",
    };

    public static string Font(string fileName) => FontsFolder + "/" + fileName;

    /// <summary>The printed leaflet's file name, one a reader can keep beside others: "mocr-2019-sr.pdf".</summary>
    public static string LeafletName(int year, Edition edition) =>
        $"mocr-{year.ToString(CultureInfo.InvariantCulture)}-{edition.Tag.ToLowerInvariant()}.pdf";

    /// <summary>The printed leaflet of a sheet, beside it: "2019/sr/mocr-2019-sr.pdf".</summary>
    public static string Leaflet(int year, Edition edition) => EditionFile(year, edition, LeafletName(year, edition));

    /// <summary>
    /// A path that stays inside the site: '/'-separated names, none empty, "." or "..", no '\\', ':' or control
    /// character. Every path a producer writes and every path a manifest names must be one; anything else is never
    /// written, and never deleted.
    /// </summary>
    public static bool IsSitePath(string path) =>
        path.Length > 0 && !path.StartsWith('/')
        && path.Split('/').All(part => part is not ("" or "." or ".."))
        && !path.Any(c => c is '\\' or ':' || char.IsControl(c));

    /// <summary>A folder name that is a year ("2019"): where editions live.</summary>
    public static bool IsYearFolder(string name) => name.Length == 4 && name.All(char.IsAsciiDigit);

    /// <summary>
    /// The folder a file is replaced with: its edition ("2019/sr") for every file of a sheet, "assets" for the assets,
    /// "" for a file at the root (each root file is replaced on its own).
    /// </summary>
    public static string UnitOf(string path)
    {
        var parts = path.Split('/');
        if (parts.Length == 1) return "";
        if (IsYearFolder(parts[0])) return parts.Length > 2 ? parts[0] + "/" + parts[1] : "";
        return parts[0];
    }

    /// <summary>The edition a unit is ("2019/sr" → 2019, sr), or null for any other unit.</summary>
    public static (int Year, string Tag)? EditionOf(string unit)
    {
        var parts = unit.Split('/');
        return parts.Length == 2 && IsYearFolder(parts[0]) ? (int.Parse(parts[0], CultureInfo.InvariantCulture), parts[1]) : null;
    }

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
