namespace Mcro.Rendering;

/// <summary>
/// Markup that mcro produced itself (a rendered partial, an SVG chart) and that templates write unescaped.
/// Every other value a template writes is escaped.
/// </summary>
public sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}
