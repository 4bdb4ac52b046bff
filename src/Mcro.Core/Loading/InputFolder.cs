using Mcro.Diagnostics;

namespace Mcro.Loading;

/// <summary>
/// The files under a folder (templates, assets), walked folder by folder so that one that cannot be read is a problem
/// naming that folder, not an exception that ends the build as "cannot write the site".
/// </summary>
public static class InputFolder
{
    /// <returns>Each file's path relative to <paramref name="root"/>, '/'-separated, in ordinal order.</returns>
    /// <param name="display">The root as messages name it ("templates").</param>
    /// <param name="skip">Relative folders not to walk (the assets below the templates).</param>
    public static IReadOnlyList<string> Files(string root, string display, DiagnosticBag bag, Func<string, bool>? skip = null)
    {
        var files = new List<string>();
        Walk(root, "", display, bag, skip ?? (_ => false), files);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static void Walk(string root, string relative, string display, DiagnosticBag bag, Func<string, bool> skip, List<string> files)
    {
        List<string> entries;
        try
        {
            entries = [.. Directory.EnumerateFileSystemEntries(relative.Length == 0 ? root : Path.Join(root, relative))];
        }
        catch (Exception e) when (InputRefusal.IsRefusal(e))
        {
            bag.Add(SourceLocation.OfFile(relative.Length == 0 ? display : display + "/" + relative), ProblemCode.FileUnreadable,
                $"cannot read the folder: {InputRefusal.Reason(e)}");
            return;
        }
        foreach (var entry in entries)
        {
            var name = relative.Length == 0 ? Path.GetFileName(entry) : relative + "/" + Path.GetFileName(entry);
            if (!Directory.Exists(entry)) files.Add(name);
            else if (!skip(name)) Walk(root, name, display, bag, skip, files);
        }
    }
}
