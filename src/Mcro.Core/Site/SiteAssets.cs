using Mcro.Charts;

namespace Mcro.Site;

/// <summary>
/// The files the pages use as they are: the chart font (the WOFF2 files the charts were measured with, and
/// their licence) and templates/assets/** (stylesheet, …), all under output/assets/.
/// </summary>
public static class SiteAssets
{
    public static IReadOnlyList<SiteFile> Load(string templatesFolder)
    {
        var fonts = ChartFonts.WebFontFiles.Select(f => new SiteFile(SitePaths.FontsFolder + "/" + f.FileName, f.Content.ToArray()))
            .Append(SiteFile.Text(SitePaths.FontsFolder + "/OFL.txt", ChartFonts.LicenceText));
        var folder = Path.Combine(templatesFolder, SitePaths.AssetsFolder);
        var templates = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(path => new SiteFile(SitePaths.AssetsFolder + "/" + Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllBytes(path)))
            : [];
        // A file of the templates' own assets wins over the built-in font of the same name.
        return fonts.Concat(templates)
            .GroupBy(f => f.Path, StringComparer.Ordinal).Select(g => g.Last())
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
    }
}
