using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Mcro.Rendering;

/// <summary>
/// A template object shared by every page (a group of built-ins such as <c>math</c>, a branch of <c>t</c>): read-only
/// once frozen, so a template that writes into it stops with an error at the assignment, naming the object, instead of
/// changing what pages rendered alongside it see.
/// </summary>
internal sealed class ReadOnlyScriptObject(string name) : ScriptObject
{
    /// <summary>A frozen copy of every member of <paramref name="source"/> but <paramref name="left"/>.</summary>
    public static ReadOnlyScriptObject CopyOf(string name, ScriptObject source, IReadOnlyCollection<string>? left = null)
    {
        var copy = new ReadOnlyScriptObject(name);
        foreach (var member in source.Keys.Where(k => left?.Contains(k) != true)) copy.SetValue(member, source[member], readOnly: true);
        copy.IsReadOnly = true;
        return copy;
    }

    public override bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly)
    {
        if (IsReadOnly) throw new ScriptRuntimeException(span, $"`{name}` is shared by every page and read-only; templates cannot set `{name}.{member}`");
        return base.TrySetValue(context, span, member, value, readOnly);
    }
}
