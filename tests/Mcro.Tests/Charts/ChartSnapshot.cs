using System.Runtime.CompilerServices;
using System.Text;

namespace Mcro.Tests.Charts;

/// <summary>
/// Approves a chart against Approved/NAME.approved.svg beside this file (UTF-8 with a byte order mark, as they were
/// first approved). The folder comes from the compiler (CallerFilePath), so a clean clone finds it in CI; a mismatch
/// fails with the differing lines and leaves NAME.received.svg to review and rename.
/// </summary>
internal static class ChartSnapshot
{
    private static readonly UTF8Encoding Utf8WithMark = new(encoderShouldEmitUTF8Identifier: true);

    public static void Verify(string svg, string name, [CallerFilePath] string sourceFile = "")
    {
        string folder = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Approved");
        if (!Directory.Exists(folder))
            throw new InvalidOperationException($"Snapshot folder {folder} not found: tests must run from a build of this source tree.");
        byte[] bytes = [.. Utf8WithMark.GetPreamble(), .. Utf8WithMark.GetBytes(svg)];
        SnapshotFiles.VerifyBytes(folder, [(name, ".svg", bytes)], SnapshotFiles.ApproveRequested());
    }
}
