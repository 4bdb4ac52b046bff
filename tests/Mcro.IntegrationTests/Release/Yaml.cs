using YamlDotNet.RepresentationModel;

namespace Mcro.Tests.Release;

internal static class Yaml
{
    public static YamlMappingNode Load(string file)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(file)));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    public static YamlMappingNode Mapping(YamlMappingNode node, string key) =>
        Assert.IsType<YamlMappingNode>(node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null, exactMatch: true);

    public static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
}
