namespace Mcro.Tests.Robustness;

/// <summary>Runs one fuzz input on its own thread: it must not hang and must stay within a memory budget, or the test fails.</summary>
internal static class Bounded
{
    /// <summary>Long enough that only a hang (an endless loop on some input) reaches it, never a slow or busy machine.</summary>
    public static readonly TimeSpan HangAfter = TimeSpan.FromMinutes(2);

    public static T Run<T>(Func<T> work, TimeSpan time, long maxAllocatedBytes, string input)
    {
        T result = default!;
        Exception? failure = null;
        long allocated = 0;
        var thread = new Thread(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try { result = work(); }
            catch (Exception e) { failure = e; }
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }, maxStackSize: 16 * 1024 * 1024) { IsBackground = true };
        thread.Start();
        // A hang leaves a background thread behind; the test fails and the process still ends.
        Assert.True(thread.Join(time), $"no answer within {time.TotalSeconds} s for {input}");
        if (failure is not null) throw new Xunit.Sdk.XunitException($"{failure.GetType().Name} for {input}: {failure}");
        Assert.True(allocated <= maxAllocatedBytes, $"{allocated / 1024 / 1024} MB allocated for {input}");
        return result;
    }
}
