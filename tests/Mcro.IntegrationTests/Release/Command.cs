using System.Diagnostics;

namespace Mcro.Tests.Release;

/// <summary>A program run to its end with its own environment; its output and errors together, as a log shows them.</summary>
internal static class Command
{
    /// <summary>Packing on a loaded two-core machine takes minutes: this only stops a run that hangs.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(20);

    public static (int Code, string Output) Run(string program, IEnumerable<string> args, string workingFolder, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not end within {Patience}:\n{output.Result}{error.Result}");
        }
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
