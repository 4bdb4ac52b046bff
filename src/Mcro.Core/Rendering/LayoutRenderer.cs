using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Rendering.Views;
using Scriban.Runtime;

namespace Mcro.Rendering;

/// <summary>A page as every producer renders it: its template with its model, then layout.html around it, in one edition's texts.</summary>
public sealed class LayoutRenderer
{
    private readonly PageRenderer _renderer;
    private readonly IReadOnlyDictionary<Edition, ScriptObject> _texts;

    public LayoutRenderer(PageRenderer renderer, IReadOnlyDictionary<Edition, TextCatalog> texts)
    {
        _renderer = renderer;
        _texts = texts.ToDictionary(t => t.Key, t => TextTree.Build(t.Value));
    }

    /// <param name="modelName">The name the template sees its model by: "sheet", "landing".</param>
    public Result<string> Render(string template, string modelName, object model, PageFrame frame, Edition edition)
    {
        var texts = _texts[edition];
        var body = _renderer.Render(template, new Dictionary<string, object?> { [modelName] = model, ["page"] = frame, ["t"] = texts });
        if (!body.Succeeded) return body;
        return _renderer.Render("layout.html", new Dictionary<string, object?> { ["content"] = new RawHtml(body.Value!), ["page"] = frame, ["t"] = texts });
    }
}
