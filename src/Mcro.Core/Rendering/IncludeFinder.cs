using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Mcro.Rendering;

/// <summary>
/// The includes a template names literally (<c>{{ include 'partials/intro.html' }}</c>), found in its syntax tree, so a
/// partial that exists nowhere is reported when the templates load, even in a branch no page of this data takes.
/// </summary>
internal sealed class IncludeFinder : ScriptVisitor
{
    private readonly List<(SourceSpan Span, string Name)> _found = [];

    public static IReadOnlyList<(SourceSpan Span, string Name)> Includes(Template template)
    {
        var finder = new IncludeFinder();
        finder.Visit(template.Page);
        return finder._found;
    }

    public override void Visit(ScriptFunctionCall node)
    {
        if (node.Target is ScriptVariableGlobal { Name: "include" } && node.Arguments.Count > 0 && node.Arguments[0] is ScriptLiteral { Value: string name })
            _found.Add((node.Span, name));
        base.Visit(node);
    }
}
