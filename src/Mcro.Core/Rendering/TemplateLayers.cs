using Mcro.Diagnostics;
using Mcro.Loading;

namespace Mcro.Rendering;

/// <summary>
/// Where templates come from, in Hugo's lookup order: a file of the team's folder (--templates) wins over the built-in
/// file of the same relative path, and every other file is the one installed with mcro. A team changes its footer by
/// holding partials/footer.html alone, and still gets every later fix of the other built-ins.
/// </summary>
/// <param name="TeamFolder">The team's templates folder (or the built-in folder itself, when there is none).</param>
/// <param name="TeamDisplay">The team's folder as the user named it ("templates"), the start of its files' paths in messages.</param>
/// <param name="BuiltInFolder">The templates installed with mcro; null: none, the team's folder must hold everything.</param>
public sealed record TemplateLayers(string TeamFolder, string TeamDisplay, string? BuiltInFolder)
{
    /// <summary>The templates that travel with the tool (Mcro.Cli.csproj copies templates/ beside it).</summary>
    public static string InstalledFolder { get; } = Path.Combine(AppContext.BaseDirectory, "templates");

    /// <summary>The built-in folder when it exists and is not the team's folder itself (then it is one layer, not two).</summary>
    public string? FallbackFolder =>
        BuiltInFolder is { } builtIn && Directory.Exists(builtIn) && !SameFolder(builtIn, TeamFolder) ? builtIn : null;

    /// <summary>
    /// Every file under <paramref name="under"/> ("" for all, "assets" for the assets) that either layer holds, by its
    /// relative name, each from the layer that wins; a folder that cannot be read is a problem with its path.
    /// </summary>
    /// <param name="skip">Relative folders not to walk (the assets, when listing templates).</param>
    public IReadOnlyList<TemplateFile> Files(string under, DiagnosticBag bag, Func<string, bool>? skip = null)
    {
        var files = new SortedDictionary<string, TemplateFile>(StringComparer.Ordinal);
        if (FallbackFolder is { } builtIn) Add(files, builtIn, builtIn.Replace('\\', '/'), under, bag, skip);
        // The team's files last: each replaces the built-in of its name.
        Add(files, TeamFolder, TeamDisplay, under, bag, skip);
        return [.. files.Values];
    }

    /// <summary>Every built-in file (for `mcro templates export`), by its relative name.</summary>
    public static IReadOnlyList<TemplateFile> BuiltIns(string folder, DiagnosticBag bag) =>
        new TemplateLayers(folder, folder.Replace('\\', '/'), null).Files("", bag);

    private static void Add(SortedDictionary<string, TemplateFile> files, string root, string display, string under, DiagnosticBag bag, Func<string, bool>? skip)
    {
        var folder = under.Length == 0 ? root : Path.Combine(root, under);
        if (!Directory.Exists(folder)) return;
        var folderDisplay = under.Length == 0 ? display : display + "/" + under;
        foreach (var relative in InputFolder.Files(folder, folderDisplay, bag, skip))
            files[relative] = new TemplateFile(relative, Path.Combine(folder, relative), folderDisplay + "/" + relative);
    }

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)),
            OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
