using System.Text;
using ApprovalTests.Core;
using Xunit.Sdk;

namespace Mcro.Tests.Charts;

/// <summary>Fails with the lines that differ between the approved and the received file, instead of opening a diff tool.</summary>
internal sealed class DiffInTestOutputReporter : IApprovalFailureReporter
{
    public static readonly DiffInTestOutputReporter Instance = new();

    private const int MaxLines = 40;

    public void Report(string approved, string received)
    {
        var message = new StringBuilder();
        if (!File.Exists(approved))
        {
            message.AppendLine($"No approved snapshot {approved}.");
            message.AppendLine($"Review {received} and rename it to approve it.");
            throw new XunitException(message.ToString());
        }

        string[] expected = ReadLines(approved), actual = ReadLines(received);
        int start = 0;
        while (start < expected.Length && start < actual.Length && expected[start] == actual[start])
            start++;
        int endExpected = expected.Length, endActual = actual.Length;
        while (endExpected > start && endActual > start && expected[endExpected - 1] == actual[endActual - 1])
        {
            endExpected--;
            endActual--;
        }

        message.AppendLine($"Snapshot differs from {approved}");
        message.AppendLine($"(received: {received}; if the change is intended, rename it to approve it)");
        message.AppendLine($"@@ line {start + 1} @@");
        foreach (string line in expected[start..endExpected].Take(MaxLines))
            message.Append("- ").AppendLine(line);
        foreach (string line in actual[start..endActual].Take(MaxLines))
            message.Append("+ ").AppendLine(line);
        if (endExpected - start > MaxLines || endActual - start > MaxLines)
            message.AppendLine("… (more lines differ)");
        throw new XunitException(message.ToString());
    }

    private static string[] ReadLines(string path) => File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
}
