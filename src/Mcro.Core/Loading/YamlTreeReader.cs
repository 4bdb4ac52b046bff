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
        try
        {
            var parser = new Parser(new StringReader(text));
            while (MoveNext(parser))
            {
                var e = parser.Current!;
                var at = new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column);
                switch (e)
                {
                    case DocumentStart:
                        if (++documents > 1)
                        {
                            bag.Add(at, ProblemCode.YamlSyntax, "a file holds one YAML document; remove the second '---'");
                            return null;
                        }
                        break;
                    case AnchorAlias:
                        bag.Add(at, ProblemCode.YamlAlias, "aliases (*name) are not supported in mcro's YAML files; write the value out");
                        return null;
                    case NodeEvent { Anchor.IsEmpty: false }:
                        bag.Add(at, ProblemCode.YamlAlias, "anchors (&name) are not supported in mcro's YAML files; write the value out");
                        return null;
                    case MappingStart or SequenceStart:
                        if (stack.Count >= MaxDepth)
                        {
                            bag.Add(at, ProblemCode.YamlDepth, $"nesting deeper than {MaxDepth} levels; mcro's files need at most a few");
                            return null;
                        }
                        stack.Push(new Frame(e is MappingStart, at));
                        break;
                    case Scalar s when s.Value.Length > CsvTableReader.MaxFieldChars:
                        // A page text this long is a paste gone wrong; refused here, it never reaches a page.
                        bag.Add(at, ProblemCode.ValueTooLong,
                            $"a value of {s.Value.Length} characters; mcro accepts texts up to {CsvTableReader.MaxFieldChars} (is a quote left open?)");
                        return null;
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
            bag.Add(ErrorLocation(text, file, e, out var tab), ProblemCode.YamlSyntax,
                tab ? "YAML syntax error: a tab indents this line; YAML indents with spaces only" : $"YAML syntax error: {Describe(e)}");
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
                bag.Add(node.Location, ProblemCode.YamlSyntax, "a key must be a plain word, not a list or mapping");
                return false;
            }
            // A set, not a scan of the entries: a mapping of 80,000 keys is read in linear time.
            if (!parent.Keys.TryAdd(key.Value, key.Location))
            {
                var first = parent.Keys[key.Value];
                bag.Add(key.Location, ProblemCode.YamlDuplicateKey, $"key '{Printable.Quote(key.Value)}' appears twice in this mapping (first on line {first.Line})");
                return false;
            }
            parent.PendingKey = key;
            return true;
        }
        parent.Entries.Add(new(parent.PendingKey, node));
        parent.PendingKey = null;
        return true;
    }

    /// <summary>
    /// YamlDotNet throws other exceptions than YamlException on some broken input (InvalidOperationException
    /// on a "[" left open, ArgumentException on a tag like "!!!b"); they are syntax errors too, at the last good place.
    /// </summary>
    private static bool MoveNext(Parser parser)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (Exception e) when (e is not YamlException and not OutOfMemoryException)
        {
            var at = parser.Current?.Start ?? Mark.Empty;
            var why = e is InvalidOperationException ? "is a '[', '{' or quote left open?" : e.Message.Split(" (Parameter", 2)[0];
            throw new YamlException(at, at, $"cannot read on from here; {why}", e);
        }
    }

    /// <summary>
    /// The parser reports tab errors at the value or mapping before the tab; point at the tab itself:
    /// the first tab in a line's leading blanks, from the line the parser names on.
    /// </summary>
    private static SourceLocation ErrorLocation(string text, string file, YamlException e, out bool tab)
    {
        tab = false;
        if (e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            var lines = text.Split('\n');
            for (var i = Math.Max(0, (int)e.Start.Line - 1); i < lines.Length; i++)
            {
                var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
                var column = lines[i].IndexOf('\t', 0, indent);
                if (column < 0) continue;
                tab = true;
                return new SourceLocation(file, i + 1, column + 1);
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
        public Dictionary<string, SourceLocation> Keys { get; } = new(StringComparer.Ordinal);
    }
}
