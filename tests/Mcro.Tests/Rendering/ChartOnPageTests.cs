using Mcro.Charts;
using Mcro.Rendering;
using Mcro.Tests.Charts;

namespace Mcro.Tests.Rendering;

/// <summary>A page writes a drawn chart as its inline SVG, unescaped, from the chart's one layout.</summary>
public sealed class ChartOnPageTests
{
    [Fact]
    public void A_drawn_chart_in_the_model_is_written_as_its_inline_svg()
    {
        var chart = DrawnChart.Of(ChartFixtures.GenderSerbian() with { Title = "Žene & muškarci <b>" });
        var texts = new Dictionary<string, string> { ["page.html"] = "<figure>{{ page.chart }}</figure>" };
        foreach (var required in TemplateSet.Required) texts.TryAdd(required, "");
        var (set, _) = TemplateSet.Parse(texts, "templates");

        var html = new PageRenderer(set!).Render("page.html", new Dictionary<string, object?> { ["page"] = new Dictionary<string, object?> { ["chart"] = chart } });

        Assert.Equal("<figure>" + chart.WriteInline() + "</figure>", html.Value);
    }
}
