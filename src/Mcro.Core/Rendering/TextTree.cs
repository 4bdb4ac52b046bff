using Mcro.Localization;
using Scriban.Runtime;

namespace Mcro.Rendering;

/// <summary>
/// The plain texts of an edition as the template object <c>t</c>: "site.note" is <c>t.site.note</c>.
/// Read-only, so pages rendered in parallel cannot change what the others see.
/// </summary>
public static class TextTree
{
    public static ScriptObject Build(TextCatalog catalog)
    {
        var root = new ScriptObject();
        foreach (var (key, text) in catalog.PlainTexts())
        {
            var parts = key.Split('.');
            var node = root;
            foreach (var part in parts[..^1])
            {
                if (node[part] is not ScriptObject child)
                {
                    child = new ScriptObject();
                    node[part] = child;
                }
                node = child;
            }
            node[parts[^1]] = text;
        }
        Freeze(root);
        return root;
    }

    private static void Freeze(ScriptObject node)
    {
        foreach (var child in node.Values.OfType<ScriptObject>()) Freeze(child);
        node.IsReadOnly = true;
    }
}
