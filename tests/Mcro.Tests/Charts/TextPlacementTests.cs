using System.Globalization;
using System.Xml.Linq;
using Mcro.Charts;

namespace Mcro.Tests.Charts;

/// <summary>The published SVG writes each text line where ScottPlot drew it, so layout and measurement agree.</summary>
public sealed class TextPlacementTests
{
    // (anchor, baseline) as their enum values: Start/Middle/End, Top/Middle/Bottom.
    [Theory]
    [InlineData(0, 0, ChartTheme.LabelSize, false)]
    [InlineData(1, 1, ChartTheme.ValueSize, true)]
    [InlineData(2, 1, ChartTheme.TickSize, false)]
    [InlineData(1, 2, ChartTheme.ValueSize, true)]
    [InlineData(0, 0, ChartTheme.TitleSize, true)]
    public void Anchor_and_baseline_match_the_glyphs_ScottPlot_drew(int anchorValue, int baselineValue, float size, bool bold)
    {
        var anchor = (TextAnchor)anchorValue;
        var baseline = (TextBaseline)baselineValue;
        var item = new TextItem("Vlerësimi đ Љ 1.037", 120.5f, 40.25f, anchor, baseline, size, bold, ChartPalette.Ink);
        var canvas = new ChartCanvas();
        canvas.Add(item);
        XElement drawn = XElement.Parse(canvas.DrawSvg(100)).Descendants().Single(e => e.Name.LocalName == "text");

        (float offset, float left) = TextMeasure.Offsets(item.Text, size, bold, ChartCanvas.ScottPlotAlignment(item));

        double[] origin = Numbers((string)drawn.Attribute("transform")!);
        Assert.InRange(item.X + left - (origin[0] + Numbers((string)drawn.Attribute("x")!)[0]), -0.01, 0.01);
        Assert.InRange(item.Y + offset - (origin[1] + Numbers((string)drawn.Attribute("y")!)[0]), -0.01, 0.01);
        float width = TextMeasure.Width(item.Text, size, bold);
        Assert.Equal(anchor switch { TextAnchor.Start => 0, TextAnchor.Middle => -width / 2, _ => -width }, left, 2);
    }

    private static double[] Numbers(string text) =>
        [.. text.Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            .Select(p => double.Parse(p, CultureInfo.InvariantCulture))];
}
