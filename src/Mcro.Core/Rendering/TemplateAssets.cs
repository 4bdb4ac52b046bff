using Mcro.Diagnostics;
using Mcro.Loading;
using Mcro.Site;

namespace Mcro.Rendering;

/// <summary>templates/assets/** (the stylesheet, …): files the pages use as they are, read like every input.</summary>
public static class TemplateAssets
{
    public const string Folder = "assets";

    /// <returns>Each file with its site path (assets/site.css), in path order.</returns>
    public static Result<IReadOnlyList<SiteFile>> Load(string templatesFolder, string templatesDisplay, InputLog? log = null)
    {
        var bag = new DiagnosticBag();
        var folder = Path.Combine(templatesFolder, Folder);
        var files = new List<SiteFile>();
        if (Directory.Exists(folder))
        {
            // A folder or file that cannot be read is a problem with its path, as in the data.
            foreach (var relative in InputFolder.Files(folder, templatesDisplay + "/" + Folder, bag))
            {
                var path = Path.Combine(folder, relative);
                var sitePath = SiteLayout.AssetsFolder + "/" + relative;
                if (!SiteLayout.IsSitePath(sitePath))
                {
                    bag.Add(SourceLocation.OfFile(templatesDisplay + "/" + Folder + "/" + Printable.Quote(relative)), "asset-name",
                        "this file name holds a line break, a control character, ':' or '\\', which a published site cannot hold; rename the file");
                    continue;
                }
                // Bounded like every input: an asset linked to /dev/zero is reported, not read until memory runs out.
                if (TextFileDecoder.ReadBytes(path, templatesDisplay + "/" + Folder + "/" + relative, bag, log) is { } content)
                    files.Add(new SiteFile(sitePath, content));
            }
        }
        return bag.Count > 0 ? Result<IReadOnlyList<SiteFile>>.Failed(bag.ToSortedList()) : Result<IReadOnlyList<SiteFile>>.Ok(files);
    }
}
