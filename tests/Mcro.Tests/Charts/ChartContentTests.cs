using System.Globalization;
using System.Xml.Linq;
using Mcro.Charts;
using Mcro.Localization;

namespace Mcro.Tests.Charts;

/// <summary>What a reader sees: every bar as long as its figure, every figure and label written in the edition's style, nothing cut or missing.</summary>
public sealed class ChartContentTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData(ChartKind.Bars)]
    [InlineData(ChartKind.Columns)]
    public void Each_bar_is_as_long_as_its_value(ChartKind kind)
    {
        int[] values = [10, 25, 40];
        ChartSpec spec = ChartFixtures.WorkPlansCyrillic().With(["А", "Б", "В"], ChartFixtures.Series("ОКЗП", values)) with { Kind = kind };

        SvgReading.Box[] bars = SvgReading.Boxes(SvgChartRenderer.RenderInline(spec));

        Assert.Equal(values.Length, bars.Length);
        Assert.All(bars, b => Assert.Equal(ChartPalette.Fill(0), b.Fill));
        double[] lengths = [.. bars.Select(b => kind == ChartKind.Bars ? b.Width : b.Height)];
        double perUnit = lengths[^1] / values[^1];
        Assert.True(perUnit > 1, $"the longest bar is only {lengths[^1]} long");
        Assert.All(values.Zip(lengths), p => Assert.Equal(p.First * perUnit, p.Second, 1));
    }

    [Fact]
    public void Each_stacked_segment_is_as_tall_as_its_value_with_one_gap_above_it()
    {
        ChartSpec spec = ChartFixtures.GenderSerbian();
        SvgReading.Box[] boxes = SvgReading.Boxes(SvgChartRenderer.RenderInline(spec));

        for (int s = 0; s < spec.Series.Length; s++)
        {
            int[] values = [.. spec.Series[s].Values.Where(v => v > 0)];
            SvgReading.Box[] segments = [.. boxes.Where(b => b.Fill == ChartPalette.Fill(s) && b.Width > ChartTheme.LegendSwatch)];
            Assert.Equal(values.Length, segments.Length);
            double perUnit = (segments[0].Height + ChartTheme.SegmentGap) / values[0];
            Assert.All(values.Zip(segments), p => Assert.Equal(p.First * perUnit, p.Second.Height + ChartTheme.SegmentGap, 1));
        }
    }

    [Fact]
    public void Every_value_and_category_of_grouped_bars_is_written_beside_its_bar()
    {
        ChartSpec spec = ChartFixtures.StaffEnglish();
        string svg = SvgChartRenderer.RenderInline(spec);
        SvgReading.Label[] labels = SvgReading.Labels(svg);
        SvgReading.Box[] bars = [.. SvgReading.Boxes(svg).Where(b => b.Height > ChartTheme.LegendSwatch)];

        Assert.All(spec.Categories, c => Assert.Contains(labels, l => l.Text == c));
        // Bars go category by category, each with its series in order; a zero draws no bar but still its "0".
        var expected = spec.Categories.SelectMany((_, c) => spec.Series.Select(s => s.Values[c])).ToArray();
        SvgReading.Label[] values = [.. labels.Where(l => l.X > 0 && !spec.Categories.Contains(l.Text) && !spec.Series.Any(s => s.Name == l.Text))];
        Assert.Equal(expected.Select(v => spec.Numbers.Integer(v)), values.Select(v => v.Text));
        Assert.Equal(expected.Count(v => v > 0), bars.Length);
        foreach ((SvgReading.Box bar, SvgReading.Label value) in bars.Zip(values.Where(v => v.Text != "0")))
            Assert.Equal(bar.Width + ChartTheme.LabelGap, value.X, 1);
    }

    [Fact]
    public void Stacked_columns_write_every_total_and_category()
    {
        ChartSpec spec = ChartFixtures.GenderSerbian();
        string[] texts = Texts(SvgChartRenderer.RenderInline(spec));

        Assert.All(spec.Categories, c => Assert.Contains(c, texts));
        Assert.All(Enumerable.Range(0, spec.Categories.Length), c =>
            Assert.Contains(spec.Numbers.Integer(spec.Series.Sum(s => s.Values[c])), texts));
        Assert.Contains("Broj zaposlenih", texts);
        Assert.Contains("Zajednica", texts);
    }

    [Fact]
    public void Legend_has_a_swatch_in_each_series_colour_just_before_its_name()
    {
        ChartSpec spec = ChartFixtures.TasksAlbanian();
        string svg = SvgChartRenderer.RenderInline(spec);
        SvgReading.Box[] swatches = [.. SvgReading.Boxes(svg).Where(b => b.Width == ChartTheme.LegendSwatch && b.Height == ChartTheme.LegendSwatch)];
        SvgReading.Label[] labels = SvgReading.Labels(svg);

        Assert.Equal(spec.Series.Select((_, s) => ChartPalette.Fill(s)), swatches.Select(b => b.Fill));
        for (int s = 0; s < spec.Series.Length; s++)
        {
            SvgReading.Label name = Assert.Single(labels, l => l.Text == spec.Series[s].Name);
            Assert.Equal(swatches[s].X + ChartTheme.LegendSwatch + 6, name.X, 1);
            Assert.InRange(name.Y, swatches[s].Y, swatches[s].Y + ChartTheme.LegendSize);
        }
    }

    [Theory]
    [InlineData("en", "1,037")]
    [InlineData("sq", "1037")]
    [InlineData("sr", "1.037")]
    public void Value_labels_use_the_editions_number_style(string language, string expected)
    {
        ChartSpec spec = ChartFixtures.StaffEnglish() with { Language = language, Numbers = NumberStyle.For(language) };

        Assert.Contains(Texts(SvgChartRenderer.RenderInline(spec)), t => t == expected);
    }

    [Fact]
    public void Count_axis_ticks_use_the_editions_number_style()
    {
        ChartSpec spec = ChartFixtures.GenderSerbian().With(["Albanci"], ChartFixtures.Series("Žene", 1200), ChartFixtures.Series("Muškarci", 900));

        string[] texts = Texts(SvgChartRenderer.RenderInline(spec));

        Assert.Contains("2.000", texts);
        Assert.Contains("2.100", texts);
    }

    [Theory]
    [InlineData(ChartKind.Columns)]
    [InlineData(ChartKind.StackedColumns)]
    [InlineData(ChartKind.Bars)]
    [InlineData(ChartKind.StackedBars)]
    public void A_series_of_zeros_draws_its_zeros_and_no_empty_shapes(ChartKind kind)
    {
        ChartSpec spec = ChartFixtures.WorkPlansCyrillic() with { Kind = kind, Series = [ChartFixtures.Series("ОКЗП", 0, 0)] };

        XElement root = XElement.Parse(SvgChartRenderer.RenderInline(spec));

        Assert.Contains(root.Descendants(Svg + "text"), t => t.Value == "0");
        Assert.All(root.Elements(Svg + "rect"), r => Assert.NotEqual("0", (string?)r.Attribute("width")));
    }

    [Theory]
    [InlineData(ChartKind.Columns)]
    [InlineData(ChartKind.StackedColumns)]
    [InlineData(ChartKind.Bars)]
    [InlineData(ChartKind.StackedBars)]
    public void A_chart_without_categories_is_still_a_titled_described_image(ChartKind kind)
    {
        ChartSpec spec = ChartFixtures.GenderSerbian() with { Kind = kind, Categories = [], Series = [ChartFixtures.Series("Žene"), ChartFixtures.Series("Muškarci")] };

        XElement root = XElement.Parse(SvgChartRenderer.Render(spec));

        Assert.Equal(spec.Title, root.Element(Svg + "title")!.Value);
        Assert.Equal(spec.Description, root.Element(Svg + "desc")!.Value);
        Assert.True(double.Parse((string)root.Attribute("height")!, CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public void Long_task_names_wrap_within_the_chart_and_keep_every_word()
    {
        ChartSpec spec = ChartFixtures.TasksAlbanian();
        XElement root = XElement.Parse(SvgChartRenderer.RenderInline(spec));
        XElement[] lines = [.. root.Descendants(Svg + "text").Where(t => (string?)t.Attribute("font-size") == "15")];

        Assert.All(lines, line => Assert.True(
            double.Parse((string)line.Attribute("x")!, CultureInfo.InvariantCulture) + TextMeasure.Width(line.Value, 15) <= ChartTheme.Width,
            $"'{line.Value}' runs past the right edge"));
        string shown = string.Join(" ", lines.Select(l => l.Value));
        Assert.All(spec.Categories, task => Assert.Contains(task, shown, StringComparison.Ordinal));
    }

    [Fact]
    public void Legend_appears_only_for_more_than_one_series()
    {
        Assert.DoesNotContain("ОКЗП", Texts(SvgChartRenderer.RenderInline(ChartFixtures.WorkPlansCyrillic())));
        Assert.Contains("Muškarci", Texts(SvgChartRenderer.RenderInline(ChartFixtures.GenderSerbian())));
    }

    [Fact]
    public void White_space_and_control_characters_in_labels_become_single_spaces_and_replacement_marks()
    {
        ChartSpec spec = ChartFixtures.WorkPlansCyrillic() with { Categories = ["  Да \t\n ново ", "Не\u0001"] };

        string[] texts = Texts(SvgChartRenderer.RenderInline(spec));

        Assert.Contains("Да ново", texts);
        Assert.Contains("Не\uFFFD", texts);
    }

    [Fact]
    public void Letters_outside_the_chart_font_and_empty_names_are_kept_for_the_browser_to_draw()
    {
        ChartSpec spec = ChartFixtures.GenderSerbian().With(["社区 😀", ""], ChartFixtures.Series("", 1, 2), ChartFixtures.Series("Ω", 3, 4)) with { Title = "😀" };

        string[] texts = Texts(SvgChartRenderer.Render(spec));

        Assert.Contains("社区 😀", texts);
        Assert.Contains("😀", texts);
        Assert.Contains("Ω", texts);
    }

    private static string[] Texts(string svg) => [.. XElement.Parse(svg).Descendants(Svg + "text").Select(t => t.Value)];
}
