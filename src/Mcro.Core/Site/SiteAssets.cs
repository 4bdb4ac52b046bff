using Mcro.Charts;
using Mcro.Diagnostics;
using Mcro.Loading;

namespace Mcro.Site;

/// <summary>
/// The files the pages use as they are: the chart font (the WOFF2 files the charts were measured with, and
/// their licence) and templates/assets/** (stylesheet, …), all under output/assets/.
/// </summary>
public static class SiteAssets
{
    /// <param name="templatesDisplay">The templates folder as the user named it, for messages.</param>
    public static (IReadOnlyList<SiteFile>? Assets, IReadOnlyList<Diagnostic> Problems) Load(string templatesFolder, string templatesDisplay)
    {
        var bag = new DiagnosticBag();
        var fonts = ChartFonts.WebFontFiles.Select(f => new SiteFile(SitePaths.FontsFolder + "/" + f.FileName, f.Content.ToArray()))
            .Append(SiteFile.Text(SitePaths.FontsFolder + "/OFL.txt", ChartFonts.LicenceText));
        var folder = Path.Combine(templatesFolder, SitePaths.AssetsFolder);
        var templates = new List<SiteFile>();
        if (Directory.Exists(folder))
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = SitePaths.AssetsFolder + "/" + Path.GetRelativePath(folder, path).Replace('\\', '/');
                // Bounded like every input: an asset linked to /dev/zero is reported, not read until memory runs out.
                if (TextFileDecoder.ReadBytes(path, templatesDisplay + "/" + relative, bag) is { } content)
                    templates.Add(new SiteFile(relative, content));
            }
        }
        if (bag.Count > 0) return (null, bag.ToSortedList());
        // A file of the templates' own assets wins over the built-in font of the same name.
        var assets = fonts.Concat(templates)
            .GroupBy(f => f.Path, StringComparer.Ordinal).Select(g => g.Last())
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        return (assets, []);
    }
}
