using Mcro.Localization;
using Scriban.Runtime;

namespace Mcro.Rendering;

/// <summary>
/// The plain texts of an edition as the template object <c>t</c>: "site.note" is <c>t.site.note</c>.
/// Read-only, so pages rendered in parallel cannot change what the others see; a text read is recorded in the catalog,
/// and one the kind of page producing did not declare is a template error (<see cref="TextNode"/>).
/// </summary>
public static class TextTree
{
    public static ScriptObject Build(TextCatalog catalog)
    {
        var root = new TextNode("t", "", catalog);
        foreach (var (key, text) in catalog.PlainTexts())
        {
            var parts = key.Split('.');
            var node = root;
            for (var i = 0; i < parts.Length - 1; i++)
            {
                if (node[parts[i]] is not TextNode child)
                {
                    var path = string.Join('.', parts[..(i + 1)]);
                    child = new TextNode("t." + path, path + ".", catalog);
                    node[parts[i]] = child;
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
