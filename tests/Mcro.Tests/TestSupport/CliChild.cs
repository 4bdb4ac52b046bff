using System.Diagnostics;

namespace Mcro.Tests.TestSupport;

/// <summary>The CLI as its own process (dotnet mcro.dll): for runs that need their own environment or working folder.</summary>
internal static class CliChild
{
    public static string Host => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "mcro.dll");

    public static CliRun Run(string workingFolder, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Host) { WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output.Replace("\r\n", "\n", StringComparison.Ordinal), error.Result.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
