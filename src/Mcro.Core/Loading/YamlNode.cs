using System.Collections.Immutable;
using Mcro.Diagnostics;

namespace Mcro.Loading;

/// <summary>A YAML value with its position; mcro's own small tree so every value can be pointed at.</summary>
public abstract record YamlNode(SourceLocation Location);

public sealed record YamlScalar(string Value, bool Quoted, SourceLocation Location) : YamlNode(Location)
{
    /// <summary>Where the text itself starts: after the opening quote, so a column inside it can be pointed at.</summary>
    public SourceLocation TextStart => Quoted ? Location with { Column = Location.Column + 1 } : Location;
}

public sealed record YamlSequence(ImmutableArray<YamlNode> Items, SourceLocation Location) : YamlNode(Location);

public sealed record YamlMapping(ImmutableArray<KeyValuePair<YamlScalar, YamlNode>> Entries, SourceLocation Location) : YamlNode(Location)
{
    public YamlNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key).Value;
}
