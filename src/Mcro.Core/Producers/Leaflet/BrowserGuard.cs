using System.Diagnostics;

namespace Mcro.Producers.Leaflet;

/// <summary>
/// How Chromium is started so that it can never outlive mcro. On Unix a small shell guard starts it in a session of
/// its own (its zygotes, renderers and GPU process stay in it) and holds the read end of a pipe whose write end only
/// mcro holds: however mcro ends (done, SIGTERM, SIGINT, SIGHUP, SIGKILL, its parent gone), the kernel closes that end,
/// and the guard kills the whole session. Nothing mcro must still run at exit, so even SIGKILL is covered; a
/// PR_SET_PDEATHSIG would be tied to the thread that forked (a pool thread in .NET) and cannot be set from .NET anyway.
/// </summary>
internal static class BrowserGuard
{
    private const string Shell = "/bin/sh";

    /// <summary>
    /// The guard: "$@" is Chromium and its arguments. Chromium reads nothing and writes nothing to mcro's standard
    /// output (a `| tee` ends with mcro); its standard error is mcro's to read (the DevTools address is printed there).
    /// The watchdog ignores the signals a terminal sends mcro's whole group: it must live until mcro is gone.
    /// Without setsid (macOS) Chromium stays in mcro's group, and only the browser process itself is killed: its
    /// helpers end with it.
    /// </summary>
    private const string Script = """
        exec 3<&0 </dev/null >/dev/null
        if command -v setsid >/dev/null 2>&1; then setsid "$@" 3<&- & else "$@" 3<&- & fi
        browser=$!
        { trap '' HUP INT TERM QUIT; while read -r _; do :; done; kill -s KILL -- "-$browser" || kill -s KILL "$browser"; } <&3 >/dev/null 2>&1 &
        watchdog=$!
        exec 3<&-
        wait "$browser"
        status=$?
        kill -s KILL "$watchdog" 2>/dev/null
        exit "$status"
        """;

    /// <summary>Whether the guard can run here; elsewhere (Windows) the browser is started alone and its tree killed with the build.</summary>
    public static bool Available => !OperatingSystem.IsWindows() && File.Exists(Shell);

    /// <summary>What starts <paramref name="chromium"/>: every standard stream redirected, standard input being the lifeline.</summary>
    public static ProcessStartInfo StartInfo(string chromium, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Available ? Shell : chromium)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        if (Available)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(Script);
            // $0 of the script: what ps shows for the guard.
            start.ArgumentList.Add("mcro-browser-guard");
            start.ArgumentList.Add(chromium);
        }
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return start;
    }
}
