using System.Globalization;
using System.Xml.Linq;
using Mcro.Charts;
using Mcro.Localization;

namespace Mcro.Tests.Charts;

/// <summary>What a reader sees: every figure written in the edition's number style, nothing cut or missing.</summary>
public sealed class ChartContentTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData("en", "1,037")]
    [InlineData("sq", "1.037")]
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
