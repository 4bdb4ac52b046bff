using System.Text.Json;
using Deque.AxeCore.Commons;
using Mcro.BrowserTests.Browser;
using Mcro.BrowserTests.SampleSite;

namespace Mcro.BrowserTests.Accessibility;

/// <summary>axe-core, run inside Chromium on a page as a reader opens it, for the WCAG 2.1 A and AA rules.</summary>
public static class AxeAudit
{
    /// <summary>
    /// axe-core's own script as Deque ships it for .NET. We inject it and call axe.run ourselves: Deque's RunAxe
    /// also finishes every run in a fresh tab (for cross-origin frames, which our pages have none of) at ~4 s a page.
    /// </summary>
    private static readonly Lazy<string> AxeSource = new(() =>
    {
        using var stream = typeof(AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("Deque.AxeCore.Commons no longer embeds axe.min.js");
        return new StreamReader(stream).ReadToEnd();
    });

    private const string RunWcag21AA = """
        async () => {
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
            resultTypes: ['violations'],
          });
          return result.violations.flatMap(v => v.nodes.map(n => ({ id: v.id, impact: v.impact ?? '', help: v.help, target: n.target.join(' '), html: n.html })));
        }
        """;

    /// <summary>Every violation on every page, one line each: page, rule, what is wrong, which element.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(Chromium chromium, BuiltSite site, IEnumerable<string> pages)
    {
        var found = new List<string>();
        foreach (var file in pages)
        {
            var page = await chromium.NewPageAsync();
            try
            {
                await page.GoToAsync(new Uri(file).AbsoluteUri);
                await page.AddScriptTagAsync(new PuppeteerSharp.AddTagOptions { Content = AxeSource.Value });
                var violations = await page.EvaluateFunctionAsync<JsonElement>(RunWcag21AA);
                found.AddRange(violations.EnumerateArray().Select(v =>
                    $"{site.Relative(file)}: {Text(v, "id")} ({Text(v, "impact")}): {Text(v, "help")} at {Text(v, "target")} {Text(v, "html")}"));
            }
            finally
            {
                await page.CloseAsync();
            }
        }
        return found;
    }

    private static string Text(JsonElement violation, string property) => violation.GetProperty(property).GetString() ?? "";
}
