using System.Text.Json;
using Mcro.BrowserTests.SampleSite;
using Mcro.BrowserTests.Tools;

namespace Mcro.BrowserTests.Validity;

/// <summary>The W3C Nu HTML Checker (vnu.jar) run with the machine's Java over a site's pages and SVG charts.</summary>
public static class NuHtmlChecker
{
    /// <summary>One error the checker found, as `file:line:column: message`, the file relative to the site.</summary>
    public sealed record Error(string File, int Line, int Column, string Message, string Extract)
    {
        public override string ToString() => $"{File}:{Line}:{Column}: {Message} [{Extract.Trim()}]";
    }

    /// <param name="files">The pages and charts to check; all of the site's unless given.</param>
    public static IReadOnlyList<Error> Check(BuiltSite site, IEnumerable<string>? files = null)
    {
        var java = ToolBox.Java.Require();
        var jar = ToolBox.NuChecker.Require();
        // Files one by one, not the folder: given a folder, vnu also "checks" the CSS, JSON, CSV and fonts as HTML.
        // --also-check-svg makes it check .svg files as SVG instead of as HTML with a missing doctype.
        string[] arguments = ["-jar", jar, "--errors-only", "--also-check-svg", "--format", "json", "--stdout", .. files ?? [.. site.Pages, .. site.ChartFiles]];
        var result = ProcessRunner.Run(java, arguments, TimeSpan.FromMinutes(2));
        if (result.Output.Length == 0)
            throw new InvalidOperationException($"vnu.jar printed nothing (exit {result.ExitCode}): {result.Error}");
        using var report = JsonDocument.Parse(result.Output);
        return report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => new Error(
                site.Relative(LocalPath(m.GetProperty("url").GetString()!)),
                Int(m, "lastLine"), Int(m, "firstColumn"),
                m.GetProperty("message").GetString() ?? "",
                m.TryGetProperty("extract", out var extract) ? extract.GetString() ?? "" : ""))
            .ToList();
    }

    /// <summary>vnu names files as "file:/tmp/…", percent-encoded.</summary>
    private static string LocalPath(string url) => Uri.UnescapeDataString(url.StartsWith("file:", StringComparison.Ordinal) ? url[5..] : url);

    private static int Int(JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) ? value.GetInt32() : 0;
}
