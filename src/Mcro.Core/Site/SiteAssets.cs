namespace Mcro.Site;

/// <summary>The files the pages use as they are (stylesheet, fonts): templates/assets/** → output/assets/**.</summary>
public static class SiteAssets
{
    public static IReadOnlyList<SiteFile> Load(string templatesFolder)
    {
        var folder = Path.Combine(templatesFolder, SitePaths.AssetsFolder);
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => new SiteFile(SitePaths.AssetsFolder + "/" + Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllBytes(path)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
    }
}
