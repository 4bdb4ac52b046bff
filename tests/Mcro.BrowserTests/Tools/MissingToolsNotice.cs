using Xunit.Abstractions;
using Xunit.Sdk;

namespace Mcro.BrowserTests.Tools;

/// <summary>
/// Says once per run, in plain `dotnet test` output, which tools are missing and how to install them:
/// the console shows a skipped test's name but not its reason. (xunit.runner.json turns on these diagnostic messages.)
/// </summary>
public sealed class MissingToolsNotice
{
    private static int _told;

    public MissingToolsNotice(IMessageSink sink)
    {
        var missing = new[] { ToolBox.Chromium, ToolBox.Java, ToolBox.NuChecker, ToolBox.PdfInfo }.Where(t => t.Path is null).Select(t => t.Name).ToList();
        if (missing.Count == 0 || Interlocked.Exchange(ref _told, 1) == 1) return;
        var outcome = ExternalTool.IsCi ? "CI is set, so the browser checks that need them FAIL" : "the browser checks that need them are SKIPPED";
        sink.OnMessage(new DiagnosticMessage($"not found: {string.Join(", ", missing)}; {outcome}. Install them with: {ToolBox.InstallCommand}"));
    }
}
