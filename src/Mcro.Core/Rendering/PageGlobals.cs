using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Mcro.Rendering;

/// <summary>
/// The names one render sees on top of the built-ins: the model it was handed (read-only) and the variables its
/// template sets. New for every render, so what a page sets ends with that page; a name of the model or of a
/// built-in cannot be set, so no template replaces <c>include</c> or <c>t</c> for the partials after it.
/// </summary>
internal sealed class PageGlobals : ScriptObject
{
    public PageGlobals(IReadOnlyDictionary<string, object?> model)
    {
        foreach (var (key, value) in model) SetValue(key, value, readOnly: true);
    }

    public override bool CanWrite(string member) => !SafeBuiltins.Instance.ContainsKey(member) && base.CanWrite(member);

    public override bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly)
    {
        if (!CanWrite(member)) throw new ScriptRuntimeException(span, $"`{member}` is given to every page and read-only; templates cannot set it");
        return base.TrySetValue(context, span, member, value, readOnly);
    }
}
