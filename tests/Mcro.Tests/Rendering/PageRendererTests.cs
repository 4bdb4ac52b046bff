using Mcro.Diagnostics;
using Mcro.Rendering;
using Mcro.Rendering.Views;

namespace Mcro.Tests.Rendering;

public class PageRendererTests
{
    private static readonly PageFrame Frame = new("sr", "Naslov <b>", "Sajt", "Izdavač", "../../index.html", "../../assets/site.css",
        null, true, [], [new NavLink("Srpski & \"latinica\"", "index.html", "sr", true)], []);

    private static Result<string> Render(string template, IReadOnlyDictionary<string, string>? partials = null, object? model = null)
    {
        var texts = new Dictionary<string, string>(partials ?? new Dictionary<string, string>()) { ["page.html"] = template };
        foreach (var required in TemplateSet.Required) texts.TryAdd(required, "");
        var (set, problems) = TemplateSet.Parse(texts, "templates");
        // An include the templates cannot hold is refused as they load, before any page.
        if (set is null) return Result<string>.Failed(problems);
        return new PageRenderer(set!).Render("page.html", new Dictionary<string, object?> { ["page"] = model ?? Frame });
    }

    [Fact]
    public void Every_value_a_template_writes_is_html_escaped()
    {
        var html = Render("<title>{{ page.title }}</title><a title=\"{{ page.languages[0].label }}\">x</a>").Value;
        Assert.Equal("<title>Naslov &lt;b&gt;</title><a title=\"Srpski &amp; &quot;latinica&quot;\">x</a>", html);
    }

    [Fact]
    public void Markup_from_mcro_itself_and_included_partials_is_written_once_unescaped()
    {
        var model = new Dictionary<string, object?> { ["svg"] = new RawHtml("<svg role=\"img\"></svg>"), ["title"] = "T" };
        var html = Render("{{ page.svg }}|{{ include 'partials/p.html' }}", new Dictionary<string, string> { ["partials/p.html"] = "<p>{{ page.title }}</p>" }, model).Value;
        Assert.Equal("<svg role=\"img\"></svg>|<p>T</p>", html);
    }

    [Fact]
    public void A_parse_error_names_the_template_file_line_and_column()
    {
        var (_, problems) = TemplateSet.Parse(new Dictionary<string, string>
        {
            ["layout.html"] = "", ["landing.html"] = "", ["sheet.html"] = "<h1>\n  {{ if }}\n",
        }, "templates");
        Assert.StartsWith("templates/sheet.html:2:9: ", problems[0].ToString());
    }

    [Fact]
    public void A_missing_required_template_is_reported()
    {
        var (set, problems) = TemplateSet.Parse(new Dictionary<string, string> { ["layout.html"] = "", ["sheet.html"] = "", ["trends.html"] = "" }, "tpl");
        Assert.Null(set);
        Assert.Equal("tpl/landing.html: template not found; the site needs it", Assert.Single(problems).ToString());
    }

    [Fact]
    public void An_unknown_name_fails_with_the_position_inside_the_partial_that_used_it()
    {
        var outcome = Render("<p>\n{{ include 'partials/p.html' }}", new Dictionary<string, string> { ["partials/p.html"] = "ok\n  {{ page.titel }}" });
        Assert.Null(outcome.Value);
        Assert.StartsWith("templates/partials/p.html:2:", outcome.Problems[0].ToString());
    }

    [Theory]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ math.random 1 10 }}")]
    [InlineData("{{ object.eval '1+1' }}")]
    [InlineData("{{ import page }}")]
    [InlineData("{{ include '../secret.html' }}")]
    [InlineData("{{ include '/etc/passwd' }}")]
    [InlineData("{{ page.languages[0].href.length }}")]
    [InlineData("{{ page.get_type }}")]
    public void Templates_see_only_their_model_and_safe_functions(string template)
    {
        var outcome = Render(template);
        Assert.Null(outcome.Value);
        Assert.StartsWith("templates/page.html:1:", outcome.Problems[0].ToString());
    }

    [Fact]
    public void A_runaway_loop_stops_at_the_loop_limit()
    {
        var outcome = Render("{{ for i in 1.." + (PageRenderer.LoopLimit + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " }}{{ end }}");
        Assert.Null(outcome.Value);
        Assert.Contains("loop", outcome.Problems[0].Message, StringComparison.OrdinalIgnoreCase);
    }
}
