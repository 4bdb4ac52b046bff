using System.Runtime.CompilerServices;
using System.Text;

namespace Mcro.Tests.TestSupport;

/// <summary>
/// Our snapshot harness: each generated file is compared byte for byte with its committed NAME.approved.EXT in the
/// folder <c>approved</c> (or the one named) beside the calling test's source file, found by the compiler, so a clean
/// clone finds it in CI. Every mismatch of one test is reported together, as a line diff, and its NAME.received.EXT is
/// left beside the approved one (git-ignored) for review. To accept the received files, rename them, or run the tests
/// once with MCRO_APPROVE=1; when CI is set nothing is ever approved, so a build server cannot bless its own output.
/// </summary>
internal static class SnapshotFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Verify(IEnumerable<(string Name, string Extension, string Text)> files, string approvedFolder = "approved", [CallerFilePath] string caller = "") =>
        VerifyBytes(Path.Combine(Path.GetDirectoryName(caller)!, approvedFolder), files.Select(f => (f.Name, f.Extension, Utf8.GetBytes(f.Text))), ApproveRequested());

    /// <summary>MCRO_APPROVE=1 approves, except on a CI machine (CI set to anything).</summary>
    public static bool ApproveRequested() =>
        MayApprove(Environment.GetEnvironmentVariable("MCRO_APPROVE"), Environment.GetEnvironmentVariable("CI"));

    public static bool MayApprove(string? approve, string? ci) => approve == "1" && string.IsNullOrEmpty(ci);

    public static void VerifyBytes(string folder, IEnumerable<(string Name, string Extension, byte[] Bytes)> files, bool approve)
    {
        var failures = new List<string>();
        foreach (var (name, extension, bytes) in files)
        {
            var approved = Path.Combine(folder, name + ".approved" + extension);
            var received = Path.Combine(folder, name + ".received" + extension);
            if (File.Exists(approved) && File.ReadAllBytes(approved).AsSpan().SequenceEqual(bytes))
            {
                File.Delete(received);
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(received)!);
            if (approve)
            {
                File.WriteAllBytes(approved, bytes);
                File.Delete(received);
                continue;
            }
            File.WriteAllBytes(received, bytes);
            failures.Add($"{name}{extension} ({received}):\n" + (File.Exists(approved)
                ? Describe(File.ReadAllBytes(approved), bytes)
                : $"  no approved file yet: review it and rename it to {Path.GetFileName(approved)}\n"));
        }
        if (failures.Count > 0)
            Assert.Fail($"{failures.Count} snapshot(s) differ from the approved files (approved → received; rename a received file, or run once with MCRO_APPROVE=1, to accept it):\n\n" + string.Join("\n", failures));
    }

    private static string Describe(byte[] approved, byte[] received)
    {
        var diff = SnapshotDiff.Describe(Text(approved), Text(received));
        // Same lines, other bytes: a byte order mark or line endings, which a line diff cannot show.
        return diff.Split('\n').Any(l => l.StartsWith('-') || l.StartsWith('+'))
            ? diff
            : $"  the lines are equal but the bytes differ (byte order mark or line endings): approved {approved.Length} bytes, received {received.Length}\n";
    }

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
