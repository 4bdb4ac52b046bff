using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Mcro.Rendering;

/// <summary>
/// A Scriban context that escapes every value a template writes (only <see cref="RawHtml"/> passes as is),
/// and refuses <c>import</c>, so templates see nothing but the model they are handed.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(ScriptObject builtins) : base(builtins)
    {
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml raw:
                Write(raw.Html);
                return this;
            default:
                Write(Html.Escape(ObjectToString(textAsObject)));
                return this;
        }
    }

    public override void Import(SourceSpan span, object objectToImport) =>
        throw new ScriptRuntimeException(span, "import is not available in mcro templates; use the page model");
}
