namespace Mcro.BrowserTests.Tools;

/// <summary>Where the browser checks find their tools: the same ones .ci/steps/10-browser-tools.sh installs.</summary>
public static class ToolBox
{
    /// <summary>What to run on a fresh machine: the CI step does exactly this.</summary>
    public const string InstallCommand =
        "sudo bash .ci/steps/10-browser-tools.sh (apt-get install chromium poppler-utils default-jre-headless; npm ci --ignore-scripts)";

    /// <summary>
    /// The folders searched for programs: PATH, unless MCRO_TOOLS_PATH names others
    /// (MCRO_TOOLS_PATH=/nowhere shows what a machine without the tools reports).
    /// </summary>
    private static string[] SearchPath =>
        (Environment.GetEnvironmentVariable("MCRO_TOOLS_PATH") ?? Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

    public static ExternalTool Chromium { get; } = Program("chromium", "Chromium (Debian package chromium)");

    public static ExternalTool Java { get; } = Program("java", "Java (Debian package default-jre-headless)");

    public static ExternalTool PdfInfo { get; } = Program("pdfinfo", "pdfinfo (Debian package poppler-utils)");

    /// <summary>The W3C Nu HTML Checker, installed by npm ci from the committed package-lock.json.</summary>
    public static ExternalTool NuChecker { get; } = new(
        "the Nu HTML Checker (npm package vnu-jar)",
        ExistingFile(System.IO.Path.Combine(RepositoryRoot.Path, "node_modules", "vnu-jar", "build", "dist", "vnu.jar")),
        InstallCommand);

    private static ExternalTool Program(string command, string name)
    {
        var found = SearchPath.Select(dir => System.IO.Path.Combine(dir, command)).FirstOrDefault(File.Exists);
        return new ExternalTool(name, found, InstallCommand);
    }

    private static string? ExistingFile(string path) =>
        Environment.GetEnvironmentVariable("MCRO_TOOLS_PATH") is null && File.Exists(path) ? path : null;
}
