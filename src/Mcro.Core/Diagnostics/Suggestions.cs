namespace Mcro.Diagnostics;

/// <summary>Finds the known code nearest to a mistyped one, for "did you mean" hints.</summary>
public static class Suggestions
{
    public static string? Nearest(string value, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(value.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        // A suggestion further than half the word away is noise, not help.
        return best is not null && bestDistance <= Math.Max(2, value.Length / 2) ? best : null;
    }

    public static string DidYouMean(string value, IEnumerable<string> known) =>
        Nearest(value, known) is { } near ? $"; did you mean '{near}'?" : "";

    internal static int Distance(string a, string b)
    {
        if (a.Length > 200 || b.Length > 200) return Math.Max(a.Length, b.Length);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
