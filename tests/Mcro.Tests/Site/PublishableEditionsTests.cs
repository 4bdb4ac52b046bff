using System.Text.RegularExpressions;
using Mcro.Site;

namespace Mcro.Tests.Site;

/// <summary>The reviewer's corrections, one test each, on the fixture site built in memory.</summary>
public partial class PublishableEditionsTests
{
    private static readonly Lazy<MemorySink> Site = new(() => SiteFixture.Built);

    private static string Page(int year, string tag) => SiteFixture.Page(Site.Value, year, tag);

    [Fact]
    public void Serbian_latin_pages_say_sr_Latn_in_html_links_and_charts_and_stay_in_the_sr_folder()
    {
        var html = Page(2019, "sr");
        Assert.Contains("<html lang=\"sr-Latn\">", html);
        Assert.DoesNotContain("lang=\"sr\"", html);
        Assert.Contains("hreflang=\"sr-Latn\"", Page(2019, "en"));
        Assert.Contains("xml:lang=\"sr-Latn\"", Site.Value.ReadText("2019/sr/charts/core-tasks.svg"));
    }

    [Theory]
    [InlineData("sq", "Misioni i OSBE-së në Kosovë")]
    [InlineData("sr", "Misija OEBS-a na Kosovu")]
    [InlineData("sr-Cyrl", "Мисија ОЕБС-а на Косову")]
    [InlineData("en", "OSCE Mission in Kosovo")]
    public void The_mission_is_named_in_the_method_note_the_footnote_and_the_closing_paragraph(string tag, string mission)
    {
        var html = Page(2019, tag);
        foreach (var part in new[] { "class=\"method\"", "class=\"footnote\"", "class=\"closing\"" })
        {
            var at = html.IndexOf(part, StringComparison.Ordinal);
            Assert.True(at >= 0, part);
            var end = html.IndexOf("</p>", at, StringComparison.Ordinal);
            Assert.Contains(mission.Split(' ')[0][..4], html[at..end]);
        }
        Assert.Contains(mission, html);
        Assert.DoesNotMatch("\\b[Tt]he Mission\\b", html);
    }

    [Fact]
    public void The_english_edition_speaks_of_the_performance_assessment_not_of_a_task_named_assessment() =>
        Assert.Contains("not included in the performance assessment", Page(2018, "en"));

    [Theory]
    [InlineData("sr", "U Leposaviću postoji slična kancelarija")]
    [InlineData("sq", "Në Leposaviq është krijuar një zyrë tjetër, e cila <i>de facto</i> funksionon si ZKKK")]
    [InlineData("en", "In Leposaviq/Leposavić, a similar office performs similar functions")]
    public void The_similar_office_sentence_is_written_in_each_languages_grammar(string tag, string sentence) =>
        Assert.Contains(sentence, Page(2019, tag));

    [Fact]
    public void The_core_tasks_chart_describes_each_figure_with_its_unit_and_no_capital_mid_sentence()
    {
        var svg = Site.Value.ReadText("2019/sr/charts/tasks-performed.svg");
        Assert.Matches("<desc[^>]*>[^<]*2 zadatka: \\d+ OKZP", svg);
        var workPlans = Site.Value.ReadText("2019/sr/charts/work-plans.svg");
        Assert.Matches("<desc[^>]*>Da: \\d+ OKZP; ne: \\d+ OKZP\\.</desc>", workPlans);
        Assert.Contains(">Broj službenika<", Site.Value.ReadText("2019/sr/charts/staff-by-community.svg"));
    }

    [Theory]
    [InlineData("en", "Of the 6 municipalities")]
    [InlineData("sr", "OKZP postoje u")]
    [InlineData("sq", "ZKKK-të janë themeluar në")]
    public void The_establishment_summary_does_not_open_with_a_numeral(string tag, string opening) =>
        Assert.Contains("<p class=\"summary\">" + opening, Page(2019, tag));

    [Fact]
    public void English_names_communities_with_nouns_and_uses_an_before_MOCR()
    {
        var html = Page(2019, "en");
        Assert.DoesNotContain(">Serbian<", html);
        Assert.DoesNotContain("a MOCR", html);
        Assert.Contains("Download the data", html);
        Assert.DoesNotMatch("[A-Za-z]'[a-z]", Tags().Replace(html, " "));
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
