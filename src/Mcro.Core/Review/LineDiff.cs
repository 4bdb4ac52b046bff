namespace Mcro.Review;

/// <summary>Whether a line of a diff is kept, removed from the text before or added in the text after.</summary>
public enum LineEditKind
{
    Keep,
    Remove,
    Add,
}

/// <summary>One step of a line diff: the line's number (1-based) in the text it comes from — before for a removal, after otherwise.</summary>
public readonly record struct LineEdit(LineEditKind Kind, int Number, string Text);

/// <summary>Line diffs by longest common subsequence: the whole edit script, or only the runs of lines that differ.</summary>
public static class LineDiff
{
    /// <summary>Beyond this many cells the table is not built: the middle that differs is all removed, then all added.</summary>
    private const long MaxTable = 4_000_000;

    /// <summary>
    /// The whole edit script by longest common subsequence, over lines or any other tokens (the words of
    /// <see cref="WordDiff"/>): what is kept, removed and added, in order.
    /// </summary>
    public static IReadOnlyList<LineEdit> Script(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        // Lines alike at both ends need no table: a changed sentence in a long page costs little.
        var start = 0;
        while (start < before.Count && start < after.Count && before[start] == after[start]) start++;
        var endBefore = before.Count;
        var endAfter = after.Count;
        while (endBefore > start && endAfter > start && before[endBefore - 1] == after[endAfter - 1]) { endBefore--; endAfter--; }
        var n = endBefore - start;
        var m = endAfter - start;

        var script = new List<LineEdit>(before.Count + after.Count);
        for (var k = 0; k < start; k++) script.Add(new LineEdit(LineEditKind.Keep, k + 1, after[k]));
        if ((long)(n + 1) * (m + 1) > MaxTable)
        {
            for (var k = 0; k < n; k++) script.Add(new LineEdit(LineEditKind.Remove, start + k + 1, before[start + k]));
            for (var k = 0; k < m; k++) script.Add(new LineEdit(LineEditKind.Add, start + k + 1, after[start + k]));
        }
        else
        {
            var common = new int[n + 1, m + 1];
            for (var i = n - 1; i >= 0; i--)
                for (var j = m - 1; j >= 0; j--)
                    common[i, j] = before[start + i] == after[start + j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            int x = 0, y = 0;
            while (x < n || y < m)
            {
                if (x < n && y < m && before[start + x] == after[start + y]) { script.Add(new LineEdit(LineEditKind.Keep, start + y + 1, after[start + y])); x++; y++; }
                else if (x < n && (y == m || common[x + 1, y] >= common[x, y + 1])) { script.Add(new LineEdit(LineEditKind.Remove, start + x + 1, before[start + x])); x++; }
                else { script.Add(new LineEdit(LineEditKind.Add, start + y + 1, after[start + y])); y++; }
            }
        }
        for (var k = endAfter; k < after.Count; k++) script.Add(new LineEdit(LineEditKind.Keep, k + 1, after[k]));
        return script;
    }

    public static IReadOnlyList<(IReadOnlyList<string> Before, IReadOnlyList<string> After)> Hunks(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var hunks = new List<(IReadOnlyList<string>, IReadOnlyList<string>)>();
        var removed = new List<string>();
        var added = new List<string>();
        void Close()
        {
            if (removed.Count + added.Count == 0) return;
            hunks.Add((removed.ToList(), added.ToList()));
            removed.Clear();
            added.Clear();
        }
        foreach (var edit in Script(before, after))
        {
            if (edit.Kind == LineEditKind.Keep) Close();
            else (edit.Kind == LineEditKind.Remove ? removed : added).Add(edit.Text);
        }
        Close();
        return hunks;
    }
}
