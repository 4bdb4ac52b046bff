using System.Text;
using Mcro.Review;

namespace Mcro.Tests.TestSupport;

/// <summary>A unified-style line diff (approved → received) with a little context, for readable snapshot failures; the edit script is mcro diff's own.</summary>
internal static class SnapshotDiff
{
    public static string Describe(string approved, string received, int context = 2, int maxLines = 60)
    {
        var ops = Mcro.Review.LineDiff.Script(Lines(approved), Lines(received));
        var sb = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < ops.Count && shown < maxLines; i++)
        {
            if (ops[i].Kind == LineEditKind.Keep && !Near(ops, i, context)) continue;
            if (sb.Length > 0 && ops[i].Kind == LineEditKind.Keep && i > 0 && ops[i - 1].Kind == LineEditKind.Keep && !Near(ops, i - 1, context)) sb.Append("  …\n");
            sb.Append(Mark(ops[i].Kind)).Append(' ').Append(ops[i].Number).Append(": ").Append(Clip(ops[i].Text)).Append('\n');
            shown++;
        }
        if (shown >= maxLines) sb.Append("  … (more differences)\n");
        return sb.ToString();
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    private static char Mark(LineEditKind kind) => kind switch { LineEditKind.Remove => '-', LineEditKind.Add => '+', _ => ' ' };

    private static bool Near(IReadOnlyList<LineEdit> ops, int i, int context) =>
        ops.Skip(Math.Max(0, i - context)).Take(2 * context + 1).Any(o => o.Kind != LineEditKind.Keep);

    private static string Clip(string line) => line.Length <= 240 ? line : line[..240] + "…";
}
