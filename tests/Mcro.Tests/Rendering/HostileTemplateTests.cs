using System.Diagnostics;
using Mcro.Rendering;
using Mcro.Rendering.Views;

namespace Mcro.Tests.Rendering;

/// <summary>
/// A template is code from the repository, so a bad or hostile one must still stop with a positioned error, soon and
/// within memory, and must not reach files, the environment or .NET.
/// </summary>
public sealed class HostileTemplateTests(Xunit.Abstractions.ITestOutputHelper log)
{
    private static readonly PageFrame Frame = new("sr", "Naslov", "Sajt", "Izdavač", "../../index.html", "../../assets/site.css",
        null, true, [], [], []);

    private RenderOutcome Render(string template, IReadOnlyDictionary<string, string>? partials = null)
    {
        var texts = new Dictionary<string, string>(partials ?? new Dictionary<string, string>()) { ["page.html"] = template };
        foreach (var required in TemplateSet.Required) texts.TryAdd(required, "");
        var (set, problems) = TemplateSet.Parse(texts, "templates");
        Assert.Empty(problems);
        var timer = Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var outcome = new PageRenderer(set!).Render("page.html", new Dictionary<string, object?> { ["page"] = Frame });
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(5), $"took {timer.Elapsed}");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 600L * 1024 * 1024, "allocated more than 600 MB");
        return outcome;
    }

    private void AssertRefused(RenderOutcome outcome, string file = "templates/page.html")
    {
        Assert.True(outcome.Text is null, $"rendered {outcome.Text?.Length} characters: {outcome.Text?[..Math.Min(100, outcome.Text.Length)]}");
        Assert.StartsWith(file + ":", outcome.Problem!.ToString());
        log.WriteLine(outcome.Problem.ToString());
    }

    [Theory]
    [InlineData("{{ while true }}{{ end }}")]
    [InlineData("{{ for i in 1..900 }}{{ for j in 1..900 }}{{ end }}{{ end }}")]
    [InlineData("{{ for i in 1..2147483647 }}x{{ end }}")]
    [InlineData("{{ (1..100000000) | array.size }}")]
    [InlineData("{{ (1..100000000) | array.join ',' }}")]
    public void An_endless_or_huge_loop_stops_at_the_loop_limit(string template) => AssertRefused(Render(template));

    [Fact]
    public void Endless_recursion_stops_at_the_recursion_limit()
    {
        AssertRefused(Render("{{ func f; f; end; f }}"));
    }

    [Fact]
    public void A_partial_that_includes_itself_stops_with_an_error_in_that_partial()
    {
        AssertRefused(Render("{{ include 'partials/loop.html' }}", new Dictionary<string, string> { ["partials/loop.html"] = "{{ include 'partials/loop.html' }}" }),
            "templates/partials/loop.html");
    }

    [Theory]
    [InlineData("{{ x = 'aaaaaaaa'; for i in 1..40; x = x | string.append x; end; x | string.size }}")]
    [InlineData("{{ '' | string.pad_left 1000000000 }}")]
    [InlineData("{{ '' | string.pad_right 1000000000 }}")]
    [InlineData("{{ 'ab' * 1000000000 }}")]
    public void A_template_that_builds_a_huge_text_stops_within_a_memory_bound(string template) => AssertRefused(Render(template));

    [Fact]
    public void Doubling_a_text_in_a_loop_stops_at_the_value_limit_instead_of_cutting_the_text()
    {
        AssertRefused(Render("{{ x = 'aaaaaaaa'; for i in 1..40; x = x + x; end; x | string.size }}"));
    }

    [Fact]
    public void A_page_past_the_page_limit_is_an_error_not_a_page_cut_short()
    {
        var outcome = Render("{{ for i in 1..40 }}{{ '' | string.pad_left 1000000 }}{{ end }}");
        AssertRefused(outcome);
    }

    [Fact]
    public void A_long_page_within_the_limits_is_written_whole()
    {
        var outcome = Render("{{ for i in 1..3 }}{{ '' | string.pad_left 1000000 }}{{ end }}<p>end</p>");
        Assert.Equal(3_000_000 + "<p>end</p>".Length, outcome.Text!.Length);
        Assert.EndsWith("<p>end</p>", outcome.Text);
    }

    [Theory]
    [InlineData("{{ page.get_type }}")]
    [InlineData("{{ page.GetType }}")]
    [InlineData("{{ page.lang.get_type }}")]
    [InlineData("{{ environment }}")]
    [InlineData("{{ include 'partials/../../../etc/passwd' }}")]
    [InlineData("{{ include 'C:/Windows/win.ini' }}")]
    [InlineData("{{ include '~/.bashrc' }}")]
    [InlineData("{{ string.md5 'x' }}")]
    [InlineData("{{ object.from_json '{}' }}")]
    [InlineData("{{ object.eval_template '{{1}}' }}")]
    [InlineData("{{ regex.match 'a' 'a' }}")]
    [InlineData("{{ timespan.from_days 1 }}")]
    public void A_template_cannot_reach_files_the_environment_or_dotnet(string template) => AssertRefused(Render(template));
}
