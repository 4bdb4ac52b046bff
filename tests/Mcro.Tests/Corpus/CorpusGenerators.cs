using System.Text;

namespace Mcro.Tests.Corpus;

/// <summary>Inputs too large to commit, made at test time from a case's "generate: NAME FILE" line.</summary>
internal static class CorpusGenerators
{
    public static void Generate(string generator, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        switch (generator)
        {
            case "huge-field":
                // One staff row whose community cell is 10 MB: an unclosed quote that swallowed a pasted column.
                File.WriteAllText(path, "municipality,position,community,gender\nprizren,head,\"" + new string('x', 10 * 1024 * 1024) + "\",female\n");
                break;
            case "many-rows":
                // 100 000 well-formed rows and one wrong one at the very end: the line number must still be right.
                var rows = new StringBuilder("municipality,position,community,gender\nprizren,head,albanian,female\n");
                for (var i = 1; i < 100_000; i++) rows.Append(i % 2 == 0 ? "gracanice,staff,serbian,male\n" : "mamushe,staff,turkish,female\n");
                rows.Append("junik,staff,martian,female\n");
                File.WriteAllText(path, rows.ToString());
                break;
            case "oversized":
                // 65 MB without writing 65 MB: a sparse file, refused by its size before it is read.
                using (var file = new FileStream(path, FileMode.Create)) file.SetLength(65L * 1024 * 1024);
                break;
            case "huge-text":
                // A 10 MB exclusion reason: a page with it would be cut short or unusable; it is refused at its line.
                File.WriteAllText(path, "exclusions:\n  - municipality: mamushe\n    tasks: [coordination]\n    reason:\n      sq: \"" + new string('x', 10 * 1024 * 1024)
                    + "\"\n      sr: \"x\"\n      en: \"x\"\n  - municipality: junik\n    tasks: all\n    reason: {sq: x, sr: x, en: x}\nnotes: []\n");
                break;
            case "link-to-device":
                // A data file that is a link to /dev/zero (endless bytes, length 0): read up to the limit, then refused.
                if (OperatingSystem.IsWindows()) goto case "oversized";
                File.Delete(path);
                File.CreateSymbolicLink(path, "/dev/zero");
                break;
            case "named-pipe":
                // A data file that is a named pipe (FIFO): a plain open waits for a writer forever; it must be refused at once.
                if (!OperatingSystem.IsLinux()) goto case "oversized";
                File.Delete(path);
                using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path])) mkfifo.WaitForExit();
                break;
            case "deep-nesting":
                File.WriteAllText(path, "site: " + new string('[', 10_000) + new string(']', 10_000) + "\n");
                break;
            case "many-keys":
                // One mapping of 80,000 keys whose last repeats the first: every key is checked against the others, in linear time.
                var keys = new StringBuilder(File.ReadAllText(path)).Append("bulk:\n");
                for (var i = 0; i < 80_000; i++) keys.Append("  k").Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(": x\n");
                File.WriteAllText(path, keys.Append("  k0: x\n").ToString());
                break;
            case "quoted-value-at-limit":
            case "quoted-value-over-limit":
                // A community name in quotes of exactly the longest value a CSV cell may hold, or one character more.
                var length = Mcro.Loading.CsvTableReader.MaxFieldChars + (generator == "quoted-value-at-limit" ? 0 : 1);
                var pattern = "<script>alert(1)</script> & ";
                var name = string.Concat(Enumerable.Repeat(pattern, length / pattern.Length + 1))[..length];
                File.WriteAllText(path, File.ReadAllText(path).Replace("turkish,Turq,Turci,Turk", "turkish,Turq,Turci,\"" + name + "\"", StringComparison.Ordinal));
                break;
            case "folder-in-place":
                // A folder where a data file should be (an unzipped export named like the file): cannot be read, is not missing.
                File.Delete(path);
                Directory.CreateDirectory(path);
                break;
            case "link-to-itself":
                // A link that leads back to itself: the system refuses to open it, even to root.
                if (OperatingSystem.IsWindows()) goto case "folder-in-place";
                File.Delete(path);
                File.CreateSymbolicLink(path, Path.GetFileName(path));
                break;
            default:
                throw new ArgumentException($"no corpus generator '{generator}'", nameof(generator));
        }
    }
}
