using Mcro.Diagnostics;

namespace Mcro.Producers.Leaflet;

/// <summary>
/// Finds the Chromium or Chrome the leaflets are printed with: the one given (--chromium, MCRO_CHROMIUM), else the
/// first on PATH, else the usual install places. mcro never downloads a browser.
/// </summary>
public static class ChromiumLocator
{
    public const string EnvironmentVariable = "MCRO_CHROMIUM";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

    private static readonly string[] UsualPlaces =
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
        "/opt/google/chrome/chrome",
        "/snap/bin/chromium",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        "/Applications/Chromium.app/Contents/MacOS/Chromium",
        @"C:\Program Files\Google\Chrome\Application\chrome.exe",
        @"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
    ];

    /// <param name="given">--chromium, or null.</param>
    /// <param name="at">Where a problem is reported (the command line).</param>
    public static Result<string> Find(string? given, SourceLocation at)
    {
        given ??= Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null;
        if (given is not null)
        {
            return File.Exists(given)
                ? Result<string>.Ok(Path.GetFullPath(given))
                : Result<string>.Failed(new Diagnostic(at, ProblemCode.BrowserMissing,
                    $"the browser '{given}' (from --chromium or {EnvironmentVariable}) does not exist; give the path of Chromium or Google Chrome"));
        }
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => Names.SelectMany(name => new[] { Path.Combine(folder, name), Path.Combine(folder, name + ".exe") }));
        if (onPath.Concat(UsualPlaces).FirstOrDefault(File.Exists) is { } found) return Result<string>.Ok(found);
        return Result<string>.Failed(new Diagnostic(at, ProblemCode.BrowserMissing,
            "printing the leaflets takes Chromium or Google Chrome, and neither was found on PATH or where they are usually installed; " +
            "install one (Debian: sudo apt-get install chromium; Ubuntu: sudo snap install chromium; macOS: brew install --cask google-chrome) " +
            $"or give its path with --chromium PATH or {EnvironmentVariable}; nothing was written"));
    }
}
