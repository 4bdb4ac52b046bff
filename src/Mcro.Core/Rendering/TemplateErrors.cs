using Mcro.Diagnostics;
using Scriban.Parsing;

namespace Mcro.Rendering;

/// <summary>Scriban positions (0-based) as our one location shape: templates/sheet.html:12:7.</summary>
internal static class TemplateErrors
{
    public static SourceLocation Location(SourceSpan span) =>
        new(span.FileName ?? "template", span.Start.Line + 1, span.Start.Column + 1);
}
