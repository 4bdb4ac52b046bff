namespace Mcro.BrowserTests.Tools;

/// <summary>
/// A program the browser checks run, found on the machine or not.
/// A missing tool skips its tests with the reason and the install command, except in CI, where it fails them:
/// CI installs the tools, so a missing one there is a broken install step, never a reason to pass.
/// </summary>
public sealed record ExternalTool(string Name, string? Path, string InstallHint)
{
    /// <summary>The path of the tool, or a skip (locally) / a failure (CI) that says what to install.</summary>
    public string Require() => Require(IsCi);

    internal string Require(bool ci)
    {
        if (Path is not null) return Path;
        var reason = $"{Name} not found; install the browser-check tools with: {InstallHint}";
        if (ci) throw new InvalidOperationException($"CI must run every browser check, but {reason}");
        throw new SkipException(reason);
    }

    public static bool IsCi => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci
        && !ci.Equals("false", StringComparison.OrdinalIgnoreCase) && ci != "0";
}
