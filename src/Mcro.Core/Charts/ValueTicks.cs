namespace Mcro.Charts;

/// <summary>Round tick values for a count axis: 0 to a round top, in steps of 1, 2 or 5 times a power of ten.</summary>
internal static class ValueTicks
{
    private const int MaxIntervals = 5;

    public static IReadOnlyList<int> For(int largest)
    {
        long step = Step(largest);
        long intervals = Math.Max(1, (largest + step - 1) / step);
        return [.. Enumerable.Range(0, (int)intervals + 1).Select(i => (int)(i * step))];
    }

    private static long Step(int largest)
    {
        for (long magnitude = 1; ; magnitude *= 10)
        {
            foreach (long multiple in (ReadOnlySpan<long>)[1, 2, 5])
            {
                long step = multiple * magnitude;
                if ((largest + step - 1) / step <= MaxIntervals)
                    return step;
            }
        }
    }
}
