using System.Globalization;
using System.Text;
using Mcro.Diagnostics;
using Mcro.Rendering;

namespace Mcro.Cli.Serve;

/// <summary>
/// What the preview adds to a page it serves, and only while serving (built files never hold it): a script that
/// reloads the page when a newer build is complete, and, while the last build failed, its problems over the page in
/// the `file:line:column: message` form of `mcro validate`.
/// </summary>
public static class PreviewPage
{
    public const string EventsPath = "/__mcro/events";

    /// <summary>This serve process, so a page it did not serve reloads from the one that now answers.</summary>
    public static readonly string ServerId = Guid.NewGuid().ToString("N");

    public static byte[] Inject(byte[] html, long version, IReadOnlyList<Diagnostic> problems)
    {
        var page = Encoding.UTF8.GetString(html);
        var addition = new StringBuilder();
        if (problems.Count > 0) addition.Append(Overlay(problems));
        addition.Append(CultureInfo.InvariantCulture, $$"""
            <script data-mcro-preview>
            (() => {
              const events = new EventSource("{{EventsPath}}?version={{version}}&server={{ServerId}}");
              events.onmessage = () => { events.close(); location.reload(); };
            })();
            </script>
            """).Append('\n');
        var at = page.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(at < 0 ? page + addition : page.Insert(at, addition.ToString()));
    }

    private static string Overlay(IReadOnlyList<Diagnostic> problems)
    {
        var list = new StringBuilder();
        foreach (var problem in problems) list.Append("<li>").Append(Html.Escape(problem.ToString())).Append("</li>");
        // Developer-facing, in the words of the command line; nothing of it reaches a built page.
        return $"""
            <div data-mcro-problems role="alert" style="position:fixed;inset:0 0 auto 0;z-index:2147483647;max-height:60vh;overflow:auto;margin:0;padding:1rem 1.5rem;background:#fff4f4;color:#5c0000;border-bottom:3px solid #b00020;font:14px/1.5 ui-monospace,monospace;box-shadow:0 2px 8px rgba(0,0,0,.3)">
            <p style="margin:0 0 .5rem;font-weight:bold">mcro serve: the last build failed with {problems.Count.ToString(CultureInfo.InvariantCulture)} problem(s); this is the last site that built. Fix them and save: the page reloads.</p>
            <ul style="margin:0;padding-left:1.2rem">{list}</ul>
            </div>
            """ + "\n";
    }
}
