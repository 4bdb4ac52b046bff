using Mcro.Diagnostics;
using Mcro.Loading;

namespace Mcro.Rendering;

/// <summary>
/// Copies built-in templates out to a team's folder to start from (`mcro templates export`). Only the files a team
/// means to change need copying: every file it does not hold still comes from the built-ins.
/// </summary>
public static class TemplateExport
{
    /// <summary>What was asked for and what became of it: files written, and files already there with the same bytes.</summary>
    public sealed record Report(IReadOnlyList<string> Written, IReadOnlyList<string> Unchanged);

    /// <summary>The built-in files that <paramref name="asked"/> names (a file or a folder, "partials/footer.html", "partials"); all for none.</summary>
    /// <returns>Their names, or a problem per name that matches nothing, with the nearest names there are.</returns>
    public static Result<IReadOnlyList<TemplateFile>> Select(string builtInFolder, IReadOnlyList<string> asked)
    {
        var bag = new DiagnosticBag();
        if (!Directory.Exists(builtInFolder))
        {
            bag.Add(SourceLocation.OfFile(builtInFolder.Replace('\\', '/')), ProblemCode.TemplatesMissing, "the templates installed with mcro are not there; reinstall mcro");
            return Result<IReadOnlyList<TemplateFile>>.Failed(bag.ToSortedList());
        }
        var builtIns = TemplateLayers.BuiltIns(builtInFolder, bag);
        if (asked.Count == 0 || bag.Count > 0) return bag.Count > 0 ? Result<IReadOnlyList<TemplateFile>>.Failed(bag.ToSortedList()) : Result<IReadOnlyList<TemplateFile>>.Ok(builtIns);
        var chosen = new SortedDictionary<string, TemplateFile>(StringComparer.Ordinal);
        foreach (var path in asked)
        {
            var name = Normalize(path);
            var matches = builtIns.Where(f => f.Name == name || f.Name.StartsWith(name + "/", StringComparison.Ordinal)).ToList();
            if (matches.Count == 0) bag.Add(SourceLocation.OfFile(path), ProblemCode.TemplateUnknown, Unknown(name, builtIns.Select(f => f.Name).ToList()));
            foreach (var file in matches) chosen[file.Name] = file;
        }
        return bag.Count > 0 ? Result<IReadOnlyList<TemplateFile>>.Failed(bag.ToSortedList()) : Result<IReadOnlyList<TemplateFile>>.Ok([.. chosen.Values]);
    }

    /// <summary>
    /// Writes <paramref name="files"/> into <paramref name="folder"/> under their names. An existing file with other bytes
    /// is a problem unless <paramref name="force"/>; then nothing at all is written, so a refused export changes nothing.
    /// </summary>
    public static Result<Report> Write(IReadOnlyList<TemplateFile> files, string folder, string display, bool force)
    {
        var bag = new DiagnosticBag();
        var plan = new List<(TemplateFile File, byte[] Content, bool Same)>();
        foreach (var file in files)
        {
            if (TextFileDecoder.ReadBytes(file.Path, file.Display, bag) is not { } content) continue;
            var target = Path.Combine(folder, file.Name);
            var same = File.Exists(target) && SameBytes(target, content);
            if (!same && Path.Exists(target) && !force)
                bag.Add(SourceLocation.OfFile(display + "/" + file.Name), ProblemCode.TemplateExists, "exists already; not replaced (add --force to replace it with the built-in)");
            plan.Add((file, content, same));
        }
        if (bag.Count > 0) return Result<Report>.Failed(bag.ToSortedList());
        var written = new List<string>();
        foreach (var (file, content, same) in plan.Where(p => !p.Same))
        {
            var target = Path.Combine(folder, file.Name);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, content);
                written.Add(display + "/" + file.Name);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                bag.Add(SourceLocation.OfFile(display + "/" + file.Name), ProblemCode.TemplateUnwritable, $"cannot write it: {e.Message}");
            }
        }
        return bag.Count > 0
            ? Result<Report>.Failed(bag.ToSortedList())
            : Result<Report>.Ok(new Report(written, [.. plan.Where(p => p.Same).Select(p => display + "/" + p.File.Name)]));
    }

    /// <summary>"templates/partials/footer.html", "./partials\footer.html" and "partials/" all name what the built-ins call it.</summary>
    private static string Normalize(string path)
    {
        var name = path.Replace('\\', '/').Trim().Trim('/');
        while (name.StartsWith("./", StringComparison.Ordinal)) name = name[2..];
        return name.StartsWith("templates/", StringComparison.Ordinal) ? name["templates/".Length..] : name;
    }

    private static string Unknown(string name, IReadOnlyList<string> known)
    {
        var fileName = name.Split('/')[^1];
        var near = known
            .Select(k => (Name: k, Distance: Math.Min(Suggestions.Distance(name, k), k.Split('/')[^1] == fileName ? 0 : Suggestions.Distance(fileName, k.Split('/')[^1]))))
            .Where(k => k.Distance <= Math.Max(2, fileName.Length / 3))
            .OrderBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal)
            .Take(3).Select(k => k.Name).ToList();
        return near.Count > 0
            ? $"no built-in template of that name; nearest: {string.Join(", ", near)}"
            : $"no built-in template of that name; there are {string.Join(", ", known)}";
    }

    private static bool SameBytes(string path, byte[] content)
    {
        try
        {
            return new FileInfo(path).Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
