using Mcro.Localization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Mcro.Rendering;

/// <summary>
/// A branch of the template object <c>t</c> (<c>t.site</c>): reading a text records it as asked for, and a text the
/// kind of page producing did not declare stops the template where it reads it, naming the text and the kind.
/// </summary>
internal sealed class TextNode(string name, string prefix, TextCatalog catalog) : ReadOnlyScriptObject(name)
{
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        var key = prefix + member;
        var kind = ProducingTexts.Current;
        var found = base.TryGetValue(context, span, member, out value);
        if (found && value is ScriptObject) return true;
        if (kind is not null && !kind.Declares(key))
            throw new ScriptRuntimeException(span,
                $"the text '{key}' is not declared by the page kind '{kind.Name}' that renders this template; declare it in that kind's texts (its producer's Texts) or use a declared one");
        if (found) catalog.AskedByTemplate(key, kind?.Name);
        return found;
    }
}
