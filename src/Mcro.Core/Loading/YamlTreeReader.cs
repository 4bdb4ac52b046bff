using System.Collections.Immutable;
using Mcro.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Mcro.Loading;

/// <summary>
/// Parses YAML into <see cref="YamlNode"/>s from the parser's events, refusing what a data file
/// never needs and an attacker loves: anchors and aliases (alias bombs), deep nesting, duplicate keys.
/// </summary>
public static class YamlTreeReader
{
    public const int MaxDepth = 16;

    public static YamlNode? Parse(string text, string file, DiagnosticBag bag)
    {
        var stack = new Stack<Frame>();
        YamlNode? root = null;
        var documents = 0;
        var last = new SourceLocation(file, 1, 1);
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                var at = new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column);
                last = new SourceLocation(file, (int)e.End.Line, (int)e.End.Column);
                switch (e)
                {
                    case DocumentStart:
                        if (++documents > 1)
                        {
                            bag.Add(at, "yaml-syntax", "a file holds one YAML document; remove the second '---'");
                            return null;
                        }
                        break;
                    case AnchorAlias:
                        bag.Add(at, "yaml-alias", "aliases (*name) are not supported in mcro's YAML files; write the value out");
                        return null;
                    case NodeEvent { Anchor.IsEmpty: false }:
                        bag.Add(at, "yaml-alias", "anchors (&name) are not supported in mcro's YAML files; write the value out");
                        return null;
                    case MappingStart or SequenceStart:
                        if (stack.Count >= MaxDepth)
                        {
                            bag.Add(at, "yaml-depth", $"nesting deeper than {MaxDepth} levels; mcro's files need at most a few");
                            return null;
                        }
                        stack.Push(new Frame(e is MappingStart, at));
                        break;
                    case Scalar s:
                        if (!Attach(stack, new YamlScalar(s.Value, s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted, at), ref root, bag))
                            return null;
                        break;
                    case MappingEnd or SequenceEnd:
                        var frame = stack.Pop();
                        YamlNode node = frame.IsMapping
                            ? new YamlMapping(frame.Entries.ToImmutable(), frame.Location)
                            : new YamlSequence(frame.Items.ToImmutable(), frame.Location);
                        if (!Attach(stack, node, ref root, bag)) return null;
                        break;
                }
            }
        }
        catch (YamlException e)
        {
            bag.Add(ErrorLocation(text, file, e), "yaml-syntax", $"YAML syntax error: {Describe(e)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unterminated flow collections.
            bag.Add(last, "yaml-syntax", "YAML syntax error after this point: an unclosed '[' or '{'?");
            return null;
        }
        return root;
    }

    private static bool Attach(Stack<Frame> stack, YamlNode node, ref YamlNode? root, DiagnosticBag bag)
    {
        if (stack.Count == 0)
        {
            root = node;
            return true;
        }
        var parent = stack.Peek();
        if (!parent.IsMapping)
        {
            parent.Items.Add(node);
            return true;
        }
        if (parent.PendingKey is null)
        {
            if (node is not YamlScalar key)
            {
                bag.Add(node.Location, "yaml-syntax", "a key must be a plain word, not a list or mapping");
                return false;
            }
            if (parent.Entries.Any(e => e.Key.Value == key.Value))
            {
                var first = parent.Entries.First(e => e.Key.Value == key.Value).Key.Location;
                bag.Add(key.Location, "yaml-duplicate-key", $"key '{Printable.Quote(key.Value)}' appears twice in this mapping (first on line {first.Line})");
                return false;
            }
            parent.PendingKey = key;
            return true;
        }
        parent.Entries.Add(new(parent.PendingKey, node));
        parent.PendingKey = null;
        return true;
    }

    /// <summary>The parser reports tab errors at the start of the enclosing mapping; point at the tab itself.</summary>
    private static SourceLocation ErrorLocation(string text, string file, YamlException e)
    {
        if (e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
                var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
                if (tab >= 0 && tab < indent) return new SourceLocation(file, i + 1, tab + 1);
            }
        }
        return new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column);
    }

    private static string Describe(YamlException e)
    {
        var message = e.Message;
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && paren > 0) message = message[(paren + 3)..];
        if (message.Contains("cannot start any token", StringComparison.Ordinal))
            message += " (a tab? YAML indents with spaces only)";
        return message;
    }

    private sealed class Frame(bool isMapping, SourceLocation location)
    {
        public bool IsMapping { get; } = isMapping;
        public SourceLocation Location { get; } = location;
        public ImmutableArray<YamlNode>.Builder Items { get; } = ImmutableArray.CreateBuilder<YamlNode>();
        public ImmutableArray<KeyValuePair<YamlScalar, YamlNode>>.Builder Entries { get; } = ImmutableArray.CreateBuilder<KeyValuePair<YamlScalar, YamlNode>>();
        public YamlScalar? PendingKey { get; set; }
    }
}
