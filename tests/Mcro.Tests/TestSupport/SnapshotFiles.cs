using System.Runtime.CompilerServices;
using ApprovalTests.Approvers;
using ApprovalTests.Core;

namespace Mcro.Tests.TestSupport;

/// <summary>
/// The snapshot harness, over ApprovalTests: approves many generated files in one test, each compared with its
/// committed NAME.approved.EXT in the folder <c>approved</c> (or the one named) beside the calling test's source
/// file, found by the compiler, so a clean clone finds it in CI. No diff tool is ever launched: every mismatch is
/// reported together, as a line diff, and its NAME.received.EXT is left beside it (git-ignored) for review. To accept the received files, rename
/// them, or run the tests once with MCRO_APPROVE=1 (refused when CI is set).
/// </summary>
internal static class SnapshotFiles
{
    public static void Verify(IEnumerable<(string Name, string Extension, string Text)> files, string approvedFolder = "approved", [CallerFilePath] string caller = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(caller)!, approvedFolder);
        var approveAll = Environment.GetEnvironmentVariable("MCRO_APPROVE") == "1" && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        var failures = new List<string>();
        foreach (var (name, extension, text) in files)
        {
            var reporter = new DiffCollector(approveAll);
            var approver = new FileApprover(new TextWriter(text, extension), new Namer(folder, name), normalizeLineEndingsForTextFiles: true);
            if (approver.Approve()) approver.CleanUpAfterSuccess(reporter);
            else
            {
                approver.ReportFailure(reporter);
                if (reporter.Message is { } message) failures.Add($"{name}{extension}:\n{message}");
            }
        }
        if (failures.Count > 0)
            Assert.Fail($"{failures.Count} snapshot(s) differ from the approved files (approved → received):\n\n" + string.Join("\n", failures));
    }

    private sealed class Namer(string folder, string name) : IApprovalNamer
    {
        public string SourcePath => folder;

        public string Name => name;
    }

    private sealed class TextWriter(string text, string extension) : IApprovalWriter
    {
        public string GetApprovalFilename(string baseName) => baseName + ".approved" + extension;

        public string GetReceivedFilename(string baseName) => baseName + ".received" + extension;

        public string WriteReceivedFile(string received)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(received)!);
            File.WriteAllText(received, text);
            return received;
        }
    }

    private sealed class DiffCollector(bool approve) : IApprovalFailureReporter
    {
        public string? Message { get; private set; }

        public void Report(string approved, string received)
        {
            if (approve)
            {
                File.Move(received, approved, overwrite: true);
                return;
            }
            Message = File.Exists(approved)
                ? SnapshotDiff.Describe(File.ReadAllText(approved), File.ReadAllText(received))
                : $"  no approved file yet: review {received} and rename it to {Path.GetFileName(approved)}\n";
        }
    }
}
