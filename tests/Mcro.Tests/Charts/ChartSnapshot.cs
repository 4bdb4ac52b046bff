using System.Runtime.CompilerServices;
using ApprovalTests;
using ApprovalTests.Core;

namespace Mcro.Tests.Charts;

/// <summary>
/// Approves a chart against Approved/NAME.approved.svg beside this file. The folder comes from the compiler
/// (CallerFilePath), not the stack trace, so a clean clone finds it in CI; no diff tool is ever launched: a mismatch
/// fails with the differing lines in the test output and leaves NAME.received.svg to review and rename.
/// </summary>
internal static class ChartSnapshot
{
    public static void Verify(string svg, string name, [CallerFilePath] string sourceFile = "")
    {
        string folder = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Approved");
        if (!Directory.Exists(folder))
            throw new InvalidOperationException($"Snapshot folder {folder} not found: tests must run from a build of this source tree.");
        Approvals.Verify(new ApprovalTextWriter(svg, "svg"), new Namer(folder, name), DiffInTestOutputReporter.Instance);
    }

    private sealed record Namer(string SourcePath, string Name) : IApprovalNamer;
}
