using Mcro.Diagnostics;
using Mcro.Loading;
using Mcro.Site;

namespace Mcro.Rendering;

/// <summary>
/// templates/assets/** (the stylesheet, fonts, scripts): files the pages use as they are, read like every input. A team's
/// file replaces the built-in asset of the same path; every other built-in asset is kept.
/// </summary>
public static class TemplateAssets
{
    public const string Folder = "assets";

    /// <summary>One folder's assets, with the built-ins installed with mcro beneath it.</summary>
    public static Result<IReadOnlyList<SiteFile>> Load(string templatesFolder, string templatesDisplay, InputLog? log = null) =>
        Load(new TemplateLayers(templatesFolder, templatesDisplay, TemplateLayers.InstalledFolder), log);

    /// <returns>Each file with its site path (assets/site.css), in path order.</returns>
    public static Result<IReadOnlyList<SiteFile>> Load(TemplateLayers layers, InputLog? log = null)
    {
        var bag = new DiagnosticBag();
        var files = new List<SiteFile>();
        // A folder or file that cannot be read is a problem with its path, as in the data.
        foreach (var file in layers.Files(Folder, bag))
        {
            var sitePath = SiteLayout.AssetsFolder + "/" + file.Name;
            if (!SiteLayout.IsSitePath(sitePath))
            {
                bag.Add(SourceLocation.OfFile(file.Display[..^file.Name.Length] + Printable.Quote(file.Name)), ProblemCode.AssetName,
                    "this file name holds a line break, a control character, ':' or '\\', which a published site cannot hold; rename the file");
                continue;
            }
            // Bounded like every input: an asset linked to /dev/zero is reported, not read until memory runs out.
            if (TextFileDecoder.ReadBytes(file.Path, file.Display, bag, log) is { } content)
                files.Add(new SiteFile(sitePath, content));
        }
        return bag.Count > 0 ? Result<IReadOnlyList<SiteFile>>.Failed(bag.ToSortedList()) : Result<IReadOnlyList<SiteFile>>.Ok(files);
    }
}
