using System.Xml.Linq;
using Mcro.Charts;

namespace Mcro.Tests.Charts;

/// <summary>A chart is laid out once; its file and the page's copy are written from that one drawing.</summary>
public sealed class DrawnChartTests
{
    public static TheoryData<string> Kinds() => [.. Enum.GetNames<ChartKind>()];

    private static ChartSpec Of(ChartKind kind) => kind switch
    {
        ChartKind.StackedBars => ChartFixtures.TasksAlbanian(),
        ChartKind.StackedColumns => ChartFixtures.GenderSerbian(),
        ChartKind.Bars => ChartFixtures.StaffEnglish(),
        ChartKind.Line => ChartFixtures.WorkPlansCyrillic().With(["2018", "2019", "2020", "2021"], ChartFixtures.Series("ОКЗП", 30, 31, 33, 35))
            with { Kind = ChartKind.Line, Breaks = [new ChartBreak(2, "1")] },
        _ => ChartFixtures.WorkPlansCyrillic(),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_file_is_the_page_copy_under_its_title(string kindName)
    {
        var chart = DrawnChart.Of(Of(Enum.Parse<ChartKind>(kindName)));
        XElement file = XElement.Parse(chart.WriteFile("fonts/")), inline = XElement.Parse(chart.WriteInline());

        // The title adds lines above and pushes everything down by the same whole number of pixels.
        double shift = Number(file, "height") - Number(inline, "height");
        Assert.True(shift > 0);
        Assert.Equal(Math.Round(shift), shift);
        XElement[] fileShapes = Shapes(file), inlineShapes = Shapes(inline);
        Assert.Equal(inlineShapes.Length, fileShapes.Length);
        for (int i = 0; i < inlineShapes.Length; i++)
        {
            Assert.Equal(inlineShapes[i].Name, fileShapes[i].Name);
            foreach (var attribute in inlineShapes[i].Attributes())
            {
                string name = attribute.Name.LocalName;
                double expected = name is "y" or "y1" or "y2" or "cy" ? Number(inlineShapes[i], name) + shift : double.NaN;
                if (double.IsNaN(expected))
                    Assert.Equal(attribute.Value, (string?)fileShapes[i].Attribute(attribute.Name));
                else
                    Assert.Equal(expected, Number(fileShapes[i], name), 0.011);
            }
        }

        string[] inlineTexts = Texts(inline), fileTexts = Texts(file);
        Assert.Equal(inlineTexts, fileTexts[^inlineTexts.Length..]);
        Assert.Equal(chart.Spec.Title, string.Join(" ", fileTexts[..^inlineTexts.Length]));
    }

    [Fact]
    public void The_page_copy_keeps_the_spec_as_given_for_its_caption()
    {
        var spec = ChartFixtures.StaffEnglish() with { Title = "  Staff\n by community " };

        Assert.Same(spec, DrawnChart.Of(spec).Spec);
    }

    [Fact]
    public void A_chart_of_the_wrong_shape_is_refused_when_it_is_laid_out()
    {
        var spec = ChartFixtures.StaffEnglish() with { Categories = ["only one"] };

        Assert.Throws<ArgumentException>(() => DrawnChart.Of(spec));
    }

    private static XElement[] Shapes(XElement root) =>
        [.. root.Elements().Where(e => e.Name.LocalName is "rect" or "line" or "circle" && (string?)e.Attribute("width") != "100%")];

    private static string[] Texts(XElement root) => [.. root.Elements(SvgReading.Svg + "text").Select(t => t.Value)];

    private static double Number(XElement element, string name) =>
        (string?)element.Attribute(name) is { } text ? double.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : 0;
}
