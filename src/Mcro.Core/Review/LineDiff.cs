namespace Mcro.Review;

/// <summary>The runs of lines that differ between two texts (longest common subsequence), each as before and after.</summary>
public static class LineDiff
{
    public static IReadOnlyList<(IReadOnlyList<string> Before, IReadOnlyList<string> After)> Hunks(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        // Lines alike at both ends need no table: a changed sentence in a long page costs little.
        var start = 0;
        while (start < before.Count && start < after.Count && before[start] == after[start]) start++;
        var endBefore = before.Count;
        var endAfter = after.Count;
        while (endBefore > start && endAfter > start && before[endBefore - 1] == after[endAfter - 1]) { endBefore--; endAfter--; }
        var n = endBefore - start;
        var m = endAfter - start;
        var common = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
            for (var j = m - 1; j >= 0; j--)
                common[i, j] = before[start + i] == after[start + j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);

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
        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && before[start + x] == after[start + y]) { Close(); x++; y++; }
            else if (y < m && (x == n || common[x, y + 1] >= common[x + 1, y])) added.Add(after[start + y++]);
            else removed.Add(before[start + x++]);
        }
        Close();
        return hunks;
    }
}
