using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Mcro.Charts;
using Mcro.Rendering;

namespace Mcro.Tests.Architecture;

/// <summary>A kind of page is its own folder: it shares helpers through common places, never through another kind's folder.</summary>
public sealed partial class ProducerFolderTests
{
    [Fact]
    public void No_page_kind_imports_another_page_kinds_namespace()
    {
        string producers = Path.GetFullPath(Path.Combine(TestFolder(), "..", "..", "..", "src", "Mcro.Core", "Producers"));
        Assert.True(Directory.Exists(producers), producers);
        // A page kind is a folder with its producer in it; other folders (Figures) hold what kinds share.
        var kinds = Directory.GetDirectories(producers).Where(d => Directory.GetFiles(d, "*Producer.cs").Length > 0)
            .Select(d => Path.GetFileName(d)).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("Sheet", kinds);

        var crossings = new List<string>();
        foreach (string kind in kinds)
        {
            foreach (string file in Directory.GetFiles(Path.Combine(producers, kind), "*.cs", SearchOption.AllDirectories))
            {
                foreach (Match use in ProducerUsing().Matches(File.ReadAllText(file)))
                {
                    if (use.Groups[1].Value != kind && kinds.Contains(use.Groups[1].Value))
                        crossings.Add($"{Path.GetRelativePath(producers, file)}: {use.Value.Trim()}");
                }
            }
        }
        Assert.Empty(crossings);
    }

    [Fact]
    public void Pages_are_handed_charts_as_drawn_charts_never_as_markup()
    {
        var views = typeof(DrawnChart).Assembly.GetTypes().Where(t => t.Namespace?.EndsWith(".Views", StringComparison.Ordinal) == true);
        var markupCharts = views.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.PropertyType == typeof(RawHtml) && (p.Name.Contains("Chart", StringComparison.Ordinal) || p.Name.Contains("Svg", StringComparison.Ordinal)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}").ToList();

        Assert.Empty(markupCharts);
        Assert.Contains(views.SelectMany(t => t.GetProperties()), p => p.PropertyType == typeof(DrawnChart));
    }

    private static string TestFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    [GeneratedRegex(@"using\s+Mcro\.Producers\.(\w+)")]
    private static partial Regex ProducerUsing();
}
