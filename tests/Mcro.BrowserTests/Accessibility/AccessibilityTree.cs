using System.Text.Json;

namespace Mcro.BrowserTests.Accessibility;

/// <summary>
/// Chromium's accessibility tree (CDP Accessibility.getFullAXTree): what a screen reader is given,
/// as opposed to what the markup says.
/// </summary>
public sealed class AccessibilityTree
{
    public sealed record Node(string Id, string Role, string Name, string Description, bool Ignored, IReadOnlyList<string> Children);

    private readonly Dictionary<string, Node> _nodes;
    private readonly Node _root;

    private AccessibilityTree(Dictionary<string, Node> nodes, Node root) => (_nodes, _root) = (nodes, root);

    public static AccessibilityTree Parse(JsonElement cdpResult)
    {
        var nodes = cdpResult.GetProperty("nodes").EnumerateArray().Select(n => new Node(
            n.GetProperty("nodeId").GetString()!,
            Value(n, "role"), Value(n, "name"), Value(n, "description"),
            n.TryGetProperty("ignored", out var ignored) && ignored.GetBoolean(),
            n.TryGetProperty("childIds", out var children) ? children.EnumerateArray().Select(c => c.GetString()!).ToList() : [])).ToList();
        // Chromium can give two generated nodes (negative ids, e.g. of visually hidden text in a table) the same id: the first one stands.
        return new AccessibilityTree(nodes.GroupBy(n => n.Id).ToDictionary(g => g.Key, g => g.First()), nodes[0]);
    }

    /// <summary>Nodes of one role, in reading order.</summary>
    public IReadOnlyList<Node> All(string role) => Descendants(_root).Where(n => n.Role == role && !n.Ignored).ToList();

    /// <summary>The nodes under one node, in reading order.</summary>
    public IEnumerable<Node> Descendants(Node node)
    {
        foreach (var id in node.Children)
        {
            if (!_nodes.TryGetValue(id, out var child)) continue;
            yield return child;
            foreach (var below in Descendants(child)) yield return below;
        }
    }

    private static string Value(JsonElement node, string property) =>
        node.TryGetProperty(property, out var p) && p.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
}
