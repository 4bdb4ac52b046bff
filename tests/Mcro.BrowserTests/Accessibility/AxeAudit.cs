using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Mcro.BrowserTests.Browser;
using Mcro.BrowserTests.SampleSite;

namespace Mcro.BrowserTests.Accessibility;

/// <summary>axe-core, run inside Chromium on a page as a reader opens it, for the WCAG 2.1 A and AA rules.</summary>
public static class AxeAudit
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Every violation on every page, one line each: page, rule, what is wrong, which element.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(Chromium chromium, BuiltSite site, IEnumerable<string> pages)
    {
        var found = new List<string>();
        foreach (var file in pages)
        {
            var page = await chromium.NewPageAsync();
            try
            {
                await page.GotoAsync(new Uri(file).AbsoluteUri);
                var result = await page.RunAxe(Wcag21AA);
                found.AddRange(result.Violations.SelectMany(v => v.Nodes.Select(node =>
                    $"{site.Relative(file)}: {v.Id} ({v.Impact}): {v.Help} at {node.Target} {node.Html}")));
            }
            finally
            {
                await page.CloseAsync();
            }
        }
        return found;
    }
}
