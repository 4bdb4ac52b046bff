namespace Mcro.Site;

/// <summary>
/// For tests only, off unless MCRO_TEST_PAUSE_AT is set: a build that reaches the named moment of writing the site
/// says "paused at MOMENT" on stderr and waits there for good, so a test kills it at exactly that moment instead of
/// guessing one from the clock. The moments: "locked" (the lock taken, a killed build's leftovers recovered),
/// "staged" (every file staged, nothing in place), "claimed" (the manifest claims both builds' files), "commit UNIT"
/// (before an edition, a folder or a root file is put in place), "stale" (every unit in place, before removals) and
/// "recorded" (before the final manifest).
/// </summary>
internal static class PauseForTests
{
    public const string Variable = "MCRO_TEST_PAUSE_AT";

    private static readonly string? Moment = Environment.GetEnvironmentVariable(Variable);

    public static void At(string moment)
    {
        if (Moment is null || !string.Equals(Moment, moment, StringComparison.Ordinal)) return;
        Console.Error.WriteLine($"paused at {moment}");
        Console.Error.Flush();
        Thread.Sleep(Timeout.Infinite);
    }
}
