using Mcro.Charts;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Mcro.Rendering;

/// <summary>
/// A Scriban context that escapes every value a template writes (only <see cref="RawHtml"/> passes as is, and a
/// <see cref="DrawnChart"/> as its inline SVG),
/// and refuses <c>import</c>, so templates see nothing but the model they are handed.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>
    /// The steps of evaluation a page may take in all. LoopLimit and RecursiveLimit bound each loop and the depth of
    /// calls, not their product: a function that calls itself twice makes 2^32 calls within a depth of 32. A sample
    /// page takes some tens of thousands of steps.
    /// </summary>
    public const int MaxSteps = 1_000_000;

    private int _steps;

    public HtmlTemplateContext(ScriptObject builtins) : base(builtins)
    {
    }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (++_steps > MaxSteps && scriptNode is not null)
            throw new ScriptRuntimeException(scriptNode.Span, $"Exceeding the limit of {MaxSteps} steps of evaluation for one page; is a function calling itself more than once?");
        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    /// <summary>How many steps the page took, for the test that keeps the limit far above what real pages need.</summary>
    public int Steps => _steps;

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml raw:
                Write(raw.Html);
                return this;
            case DrawnChart chart:
                // A page shows a chart in its inline form, written here, at the edge, from the one layout.
                Write(chart.WriteInline());
                return this;
            default:
                Write(Html.Escape(ObjectToString(textAsObject)));
                return this;
        }
    }

    public override void Import(SourceSpan span, object objectToImport) =>
        throw new ScriptRuntimeException(span, "import is not available in mcro templates; use the page model");
}
