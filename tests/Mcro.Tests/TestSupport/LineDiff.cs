using System.Text;

namespace Mcro.Tests.TestSupport;

/// <summary>A unified-style line diff (approved → received) with a little context, for readable snapshot failures.</summary>
internal static class LineDiff
{
    public static string Describe(string approved, string received, int context = 2, int maxLines = 60)
    {
        var a = approved.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var b = received.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var ops = Operations(a, b);
        var sb = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < ops.Count && shown < maxLines; i++)
        {
            if (ops[i].Kind == ' ' && !ops.Skip(Math.Max(0, i - context)).Take(2 * context + 1).Any(o => o.Kind != ' ')) continue;
            if (sb.Length > 0 && ops[i].Kind == ' ' && i > 0 && ops[i - 1].Kind == ' ' && !Near(ops, i - 1, context)) sb.Append("  …\n");
            sb.Append(ops[i].Kind).Append(' ').Append(ops[i].Line.Number).Append(": ").Append(Clip(ops[i].Line.Text)).Append('\n');
            shown++;
        }
        if (shown >= maxLines) sb.Append("  … (more differences)\n");
        return sb.ToString();
    }

    private static bool Near(List<(char Kind, (int Number, string Text) Line)> ops, int i, int context) =>
        ops.Skip(Math.Max(0, i - context)).Take(2 * context + 1).Any(o => o.Kind != ' ');

    private static string Clip(string line) => line.Length <= 240 ? line : line[..240] + "…";

    /// <summary>Longest common subsequence of lines, walked into keep (' '), remove ('-') and add ('+') steps.</summary>
    private static List<(char Kind, (int Number, string Text) Line)> Operations(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        for (var j = b.Length - 1; j >= 0; j--)
            lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var ops = new List<(char, (int, string))>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { ops.Add((' ', (y + 1, b[y]))); x++; y++; }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1])) { ops.Add(('-', (x + 1, a[x]))); x++; }
            else { ops.Add(('+', (y + 1, b[y]))); y++; }
        }
        return ops;
    }
}
