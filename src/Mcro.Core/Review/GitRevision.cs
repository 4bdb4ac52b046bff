using System.Diagnostics;
using System.Formats.Tar;
using Mcro.Diagnostics;

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
        if (root is null) return Result<string>.Failed([new Diagnostic(where, "git", $"{Path.GetFullPath(folder)} is not inside a git repository")]);
        if (revision.Length == 0 || revision.StartsWith('-') || Git(root, "rev-parse", "--verify", "--quiet", revision + "^{commit}").Code != 0)
            return Result<string>.Failed([new Diagnostic(where, "git", $"'{revision}' is not a revision of the repository at {root}")]);
        var inside = Path.GetRelativePath(root, Path.GetFullPath(folder)).Replace(Path.DirectorySeparatorChar, '/');
        if (inside.StartsWith("..", StringComparison.Ordinal))
            return Result<string>.Failed([new Diagnostic(where, "git", $"{folder} is outside the repository at {root}")]);
        var prefix = inside == "." ? "" : inside.TrimEnd('/') + "/";

        var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "archive", "--format=tar", revision, "--", prefix.Length == 0 ? "." : prefix }) start.ArgumentList.Add(argument);
        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEndAsync();
        var files = 0;
        using (var tar = new TarReader(git.StandardOutput.BaseStream))
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
        git.WaitForExit();
        if (git.ExitCode != 0 || files == 0)
            return Result<string>.Failed([new Diagnostic(where, "git", $"revision '{revision}' has no folder {prefix.TrimEnd('/')}{(error.Result.Length > 0 ? ": " + error.Result.Trim() : "")}")]);
        return Result<string>.Ok(target);
    }

    private static (int Code, string Output, string Error) Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEndAsync();
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        return (git.ExitCode, output, error.Result);
    }
}
