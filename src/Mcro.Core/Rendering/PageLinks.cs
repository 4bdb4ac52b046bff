using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Mcro.Rendering;

/// <summary>
/// page.links: from a page to each kind's one page in its edition. Read-only; a kind the site holds no page of reads as
/// nothing, so a template that links a kind (page.links.municipalities) renders on a site without it, the link left out.
/// </summary>
internal sealed class PageLinks : ScriptObject
{
    private PageLinks()
    {
    }

    public static ScriptObject Of(IEnumerable<KeyValuePair<string, string>> links)
    {
        var made = new PageLinks();
        foreach (var (kind, href) in links) made.SetValue(kind, href, readOnly: true);
        made.IsReadOnly = true;
        return made;
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (!base.TryGetValue(context, span, member, out value)) value = null;
        return true;
    }

    public override bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly)
    {
        if (IsReadOnly) throw new ScriptRuntimeException(span, $"`page.links` is read-only; templates cannot set `page.links.{member}`");
        return base.TrySetValue(context, span, member, value, readOnly);
    }
}
