using System.Diagnostics;
using System.Formats.Tar;
using Mcro.Diagnostics;
using Mcro.Loading;

namespace Mcro.Review;

/// <summary>
/// A folder of the repository as a revision holds it ("git:main", "git:HEAD~1"), read with <c>git archive</c> into a
/// temporary folder: the user's work tree and index are never touched.
/// </summary>
public static class GitRevision
{
    public const string Prefix = "git:";

    public static bool IsRevision(string spec) => spec.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The repository's root folder that holds <paramref name="folder"/>, or null outside a repository.</summary>
    public static string? RootOf(string folder)
    {
        var (code, output, _) = Git(Directory.Exists(folder) ? folder : Directory.GetCurrentDirectory(), "rev-parse", "--show-toplevel");
        return code == 0 ? output.Trim() : null;
    }

    /// <summary>Writes <paramref name="folder"/> (a folder of the work tree) as revision <paramref name="spec"/> has it into <paramref name="target"/>.</summary>
    public static Result<string> Extract(string spec, string folder, string target)
    {
        var revision = spec[Prefix.Length..];
        var where = SourceLocation.OfFile(spec);
        var root = RootOf(folder);
        if (root is null) return Result<string>.Failed([new Diagnostic(where, ProblemCode.Git, $"{Path.GetFullPath(folder)} is not inside a git repository")]);
        if (revision.Length == 0 || revision.StartsWith('-') || Git(root, "rev-parse", "--verify", "--quiet", revision + "^{commit}").Code != 0)
            return Result<string>.Failed([new Diagnostic(where, ProblemCode.Git, $"'{revision}' is not a revision of the repository at {root}")]);
        var inside = Path.GetRelativePath(root, Path.GetFullPath(folder)).Replace(Path.DirectorySeparatorChar, '/');
        if (inside.StartsWith("..", StringComparison.Ordinal))
            return Result<string>.Failed([new Diagnostic(where, ProblemCode.Git, $"{folder} is outside the repository at {root}")]);
        var prefix = inside == "." ? "" : inside.TrimEnd('/') + "/";
        if (Unreadable(spec, root, revision, prefix) is { Count: > 0 } problems) return Result<string>.Failed(problems);

        var start = Start(root);
        foreach (var argument in new[] { "archive", "--format=tar", revision, "--", prefix.Length == 0 ? "." : prefix }) start.ArgumentList.Add(argument);
        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEndAsync();
        var files = 0;
        var archive = git.StandardOutput.BaseStream;
        using (var tar = new TarReader(archive, leaveOpen: true))
        {
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || !entry.Name.StartsWith(prefix, StringComparison.Ordinal)) continue;
                var relative = entry.Name[prefix.Length..];
                if (relative.Split('/').Any(part => part is "" or "." or "..")) continue;
                var path = Path.Combine(target, relative.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                entry.ExtractToFile(path, overwrite: true);
                files++;
            }
        }
        // The reader stops at the first end-of-archive block; git still writes the record's padding after it, and a
        // closed pipe would kill git with SIGPIPE (exit 141) on a busy machine.
        archive.CopyTo(Stream.Null);
        archive.Dispose();
        git.WaitForExit();
        if (git.ExitCode != 0 || files == 0)
            return Result<string>.Failed([new Diagnostic(where, ProblemCode.Git, $"revision '{revision}' has no folder {prefix.TrimEnd('/')}{(error.Result.Length > 0 ? ": " + error.Result.Trim() : "")}{(git.ExitCode != 0 ? $" (git archive exited with {git.ExitCode})" : "")}")]);
        return Result<string>.Ok(target);
    }

    /// <summary>
    /// What of the folder a revision holds that <c>git archive</c> would pass over in silence: a link (the folder itself,
    /// a folder above it, a year folder or a data file committed as a symbolic link), a submodule, a file too large to
    /// read. Each is a problem naming it, so a year is never lost without a word.
    /// </summary>
    private static List<Diagnostic> Unreadable(string spec, string root, string revision, string prefix)
    {
        var folder = prefix.TrimEnd('/');
        var entries = Tree(root, revision, folder.Length == 0 ? "." : folder, recursive: true);
        var problems = new List<Diagnostic>();
        Diagnostic Problem(string path, ProblemCode rule, string message) =>
            new(SourceLocation.OfFile(path.Length <= prefix.Length ? spec : spec + "/" + path[prefix.Length..]), rule, message);
        if (folder.Length > 0 && entries.FirstOrDefault(e => e.Path == folder) is null or { Mode: SymbolicLink })
        {
            // The folder is not a folder of that revision: say why when a link stands in its place or above it.
            var parts = folder.Split('/');
            var link = Enumerable.Range(1, parts.Length).Select(n => string.Join('/', parts[..n]))
                .FirstOrDefault(path => Tree(root, revision, path, recursive: false).Any(e => e.Path == path && e.Mode == SymbolicLink));
            if (link is not null)
                problems.Add(Problem("", ProblemCode.GitLink, $"{link} is a symbolic link in revision '{revision}', not a folder; mcro reads only the files a revision holds, never what a link points to"));
            return problems;
        }
        foreach (var entry in entries.Where(e => e.Path.StartsWith(prefix, StringComparison.Ordinal) && e.Path.Length > prefix.Length))
        {
            if (entry.Mode == SymbolicLink)
                problems.Add(Problem(entry.Path, ProblemCode.GitLink, $"it is a symbolic link in revision '{revision}', so neither it nor what it points to is read: commit the folder or file itself"));
            else if (entry.Mode == Submodule)
                problems.Add(Problem(entry.Path, ProblemCode.GitSubmodule, $"it is a submodule in revision '{revision}'; its files are not in this repository's revision, so it is not read"));
            else if (entry.Size > TextFileDecoder.MaxFileBytes)
                problems.Add(Problem(entry.Path, ProblemCode.FileTooLarge, $"file is {(entry.Size + MiB - 1) / MiB} MB in revision '{revision}'; mcro reads files up to {TextFileDecoder.MaxFileBytes / MiB} MB"));
        }
        return problems;
    }

    private const string SymbolicLink = "120000", Submodule = "160000";
    private const long MiB = 1024 * 1024;

    /// <param name="Mode">Git's file mode: 100644 a file, 040000 a folder, 120000 a symbolic link, 160000 a submodule.</param>
    /// <param name="Size">A file's size in bytes; 0 for anything else.</param>
    private sealed record TreeEntry(string Mode, long Size, string Path);

    /// <summary>The entries of <paramref name="path"/> in the revision (with -t, the folders on the way too), from <c>git ls-tree</c>.</summary>
    private static List<TreeEntry> Tree(string root, string revision, string path, bool recursive)
    {
        var arguments = recursive ? new[] { "ls-tree", "-r", "-t", "-l", "-z", "--full-tree", revision, "--", path } : ["ls-tree", "-l", "-z", "--full-tree", revision, "--", path];
        var (code, output, _) = Git(root, arguments);
        if (code != 0) return [];
        var entries = new List<TreeEntry>();
        foreach (var line in output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> <type> <object> <size>\t<path>": the path may hold spaces, never a tab before it.
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0) continue;
            var fields = line[..tab].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 4) continue;
            entries.Add(new TreeEntry(fields[0], long.TryParse(fields[3], out var size) ? size : 0, line[(tab + 1)..]));
        }
        return entries;
    }

    private static ProcessStartInfo Start(string folder)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // A folder named "data[1]" or "*" is that folder, never a pattern.
        start.Environment["GIT_LITERAL_PATHSPECS"] = "1";
        return start;
    }

    private static (int Code, string Output, string Error) Git(string folder, params string[] arguments)
    {
        var start = Start(folder);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEndAsync();
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        return (git.ExitCode, output, error.Result);
    }
}
