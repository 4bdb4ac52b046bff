using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Rendering;
using Mcro.Rendering.Views;
using Mcro.Tests.Site;
using Scriban.Runtime;

namespace Mcro.Tests.Rendering;

/// <summary>
/// A template is code from the repository, so a bad or hostile one must still stop with a positioned error, at a
/// named limit (loops, recursion, steps of evaluation, text and page size: each expected message names the limit, so
/// no clock is needed) and within memory, and must not reach files, the environment or .NET, nor change what the pages rendered beside it see.
/// Each case names the refusal it expects, so a template refused for another reason (a missing template, a typo in
/// the case) fails.
/// </summary>
public sealed class HostileTemplateTests(Xunit.Abstractions.ITestOutputHelper log)
{
    private static readonly PageFrame Frame = new("sr", "Naslov", "Sajt", "Izdavač", "../../index.html", "../../assets/site.css",
        null, true, [], [], []);

    private static readonly Lazy<ScriptObject> Texts =
        new(() => TextTree.Build(new TextCatalog(SiteFixture.Dataset.I18n, Edition.For("sr"), "i18n/sr.yaml")));

    private static PageRenderer Renderer(string template, IReadOnlyDictionary<string, string>? partials = null)
    {
        var (set, problems) = Load(template, partials);
        Assert.Empty(problems);
        return new PageRenderer(set!);
    }

    private static Result<TemplateSet> Load(string template, IReadOnlyDictionary<string, string>? partials)
    {
        var texts = new Dictionary<string, string>(partials ?? new Dictionary<string, string>()) { ["page.html"] = template };
        foreach (var required in TemplateSet.Required) texts.TryAdd(required, "");
        return TemplateSet.Parse(texts, "templates");
    }

    private static Result<string> Render(PageRenderer renderer, string name = "page.html") =>
        renderer.Render(name, new Dictionary<string, object?> { ["page"] = Frame, ["t"] = Texts.Value });

    private static Result<string> Render(string template, IReadOnlyDictionary<string, string>? partials = null)
    {
        // An include the templates cannot hold is refused as they load, before any page.
        if (Load(template, partials) is { Succeeded: false } refused) return Result<string>.Failed(refused.Problems);
        var renderer = Renderer(template, partials);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var outcome = Render(renderer);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 600L * 1024 * 1024, "allocated more than 600 MB");
        return outcome;
    }

    /// <summary>The page is not written, and the problem is the expected template error, "file:line:column: message", exactly.</summary>
    private void AssertRefused(Result<string> outcome, string expected)
    {
        Assert.True(outcome.Value is null, $"rendered {outcome.Value?.Length} characters: {outcome.Value?[..Math.Min(100, outcome.Value.Length)]}");
        log.WriteLine(Assert.Single(outcome.Problems).ToString());
        Assert.Equal(("template", expected), (outcome.Problems[0].Rule, outcome.Problems[0].ToString()));
    }

    [Theory]
    [InlineData("{{ while true }}{{ end }}", "1:4: Exceeding number of iteration limit `100000` for loop statement.")]
    [InlineData("{{ for i in 1..900 }}{{ for j in 1..900 }}{{ end }}{{ end }}", "1:25: Exceeding number of iteration limit `100000` for loop statement.")]
    [InlineData("{{ for i in 1..2147483647 }}x{{ end }}", "1:14: Range expression exceeds LoopLimit `100000`.")]
    [InlineData("{{ (1..100000000) | array.size }}", "1:6: Range expression exceeds LoopLimit `100000`.")]
    [InlineData("{{ (1..100000000) | array.join ',' }}", "1:6: Range expression exceeds LoopLimit `100000`.")]
    public void An_endless_or_huge_loop_stops_at_the_loop_limit(string template, string expected) =>
        AssertRefused(Render(template), "templates/page.html:" + expected);

    [Fact]
    public void A_doubly_recursive_function_is_stopped_by_the_total_of_calls_with_its_position()
    {
        AssertRefused(Render("{{ func f(n)\n if n > 0; f(n - 1); f(n - 1); end\nend\nf 30 }}"),
            $"templates/page.html:2:2: Exceeding the limit of {HtmlTemplateContext.MaxSteps} steps of evaluation for one page; is a function calling itself more than once?");
    }

    [Fact]
    public void Endless_recursion_stops_at_the_recursion_limit()
    {
        AssertRefused(Render("{{ func f; f; end; f }}"), "templates/page.html:1:12: Exceeding number of recursive depth limit `32` for node: `f`");
    }

    [Fact]
    public void A_partial_that_includes_itself_stops_with_an_error_in_that_partial()
    {
        AssertRefused(Render("{{ include 'partials/loop.html' }}", new Dictionary<string, string> { ["partials/loop.html"] = "{{ include 'partials/loop.html' }}" }),
            "templates/partials/loop.html:1:4: Exceeding number of recursive depth limit `32` for node: `include 'partials/loop.html'`");
    }

    [Theory]
    [InlineData("{{ x = 'aaaaaaaa'; for i in 1..40; x = x | string.append x; end; x | string.size }}", "1:44: The resulting string length exceeds the configured LimitToString `4194304`.")]
    [InlineData("{{ '' | string.pad_left 1000000000 }}", "1:25: Padding width `1000000000` exceeds the configured LimitToString `4194304`. (Parameter 'width')")]
    [InlineData("{{ '' | string.pad_right 1000000000 }}", "1:26: Padding width `1000000000` exceeds the configured LimitToString `4194304`. (Parameter 'width')")]
    [InlineData("{{ 'ab' * 1000000000 }}", "1:11: String multiplication exceeds LimitToString `4194304`.")]
    public void A_template_that_builds_a_huge_text_stops_within_a_memory_bound(string template, string expected) =>
        AssertRefused(Render(template), "templates/page.html:" + expected);

    [Fact]
    public void Doubling_a_text_in_a_loop_stops_at_the_value_limit_instead_of_cutting_the_text()
    {
        AssertRefused(Render("{{ x = 'aaaaaaaa'; for i in 1..40; x = x + x; end; x | string.size }}"),
            "templates/page.html:1:40: String conversion reaches LimitToString `4194304`.");
    }

    [Fact]
    public void A_page_past_the_page_limit_is_an_error_not_a_page_cut_short()
    {
        var outcome = Render("{{ for i in 1..40 }}{{ '' | string.pad_left 1000000 }}{{ end }}");
        AssertRefused(outcome, "templates/page.html:1:19: Rendered output exceeds OutputLimit `33554432`.");
    }

    [Fact]
    public void A_long_page_within_the_limits_is_written_whole()
    {
        var outcome = Render("{{ for i in 1..3 }}{{ '' | string.pad_left 1000000 }}{{ end }}<p>end</p>");
        Assert.Equal(3_000_000 + "<p>end</p>".Length, outcome.Value!.Length);
        Assert.EndsWith("<p>end</p>", outcome.Value);
    }

    [Theory]
    [InlineData("{{ page.get_type }}", "1:9: Cannot get member with name get_type.")]
    [InlineData("{{ page.GetType }}", "1:9: Cannot get member with name GetType.")]
    [InlineData("{{ page.lang.get_type }}", "1:14: Cannot get member with name get_type.")]
    [InlineData("{{ environment }}", "1:4: The variable or function `environment` was not found")]
    [InlineData("{{ include 'partials/../../../etc/passwd' }}", "1:4: include 'partials/../../../etc/passwd': only templates inside the templates folder can be included")]
    [InlineData("{{ include 'C:/Windows/win.ini' }}", "1:4: include 'C:/Windows/win.ini': only templates inside the templates folder can be included")]
    [InlineData("{{ include '/etc/passwd' }}", "1:4: include '/etc/passwd': only templates inside the templates folder can be included")]
    [InlineData("{{ include '~/.bashrc' }}", "1:4: the partial \"~/.bashrc\" does not exist")]
    [InlineData("{{ string.md5 'x' }}", "1:11: Cannot get member with name md5.")]
    [InlineData("{{ object.from_json '{}' }}", "1:11: Cannot get member with name from_json.")]
    [InlineData("{{ object.eval_template '{{1}}' }}", "1:11: Cannot get member with name eval_template.")]
    [InlineData("{{ regex.match 'a' 'a' }}", "1:4: The variable or function `regex` was not found")]
    [InlineData("{{ timespan.from_days 1 }}", "1:4: The variable or function `timespan` was not found")]
    public void A_template_cannot_reach_files_the_environment_or_dotnet(string template, string expected) =>
        AssertRefused(Render(template), "templates/page.html:" + expected);

    [Theory]
    [InlineData("{{ math.x = 1 }}", "1:9: `math` is shared by every page and read-only; templates cannot set `math.x`")]
    [InlineData("{{ math.round = 1 }}", "1:9: `math` is shared by every page and read-only; templates cannot set `math.round`")]
    [InlineData("{{ string.foo = 'a' }}", "1:11: `string` is shared by every page and read-only; templates cannot set `string.foo`")]
    [InlineData("{{ object.x = 1 }}", "1:11: `object` is shared by every page and read-only; templates cannot set `object.x`")]
    [InlineData("{{ array.size = 1 }}", "1:10: `array` is shared by every page and read-only; templates cannot set `array.size`")]
    [InlineData("{{ html.x = 1 }}", "1:9: `html` is shared by every page and read-only; templates cannot set `html.x`")]
    [InlineData("{{ capture math.c }}a{{ end }}", "1:17: `math` is shared by every page and read-only; templates cannot set `math.c`")]
    [InlineData("{{ with string }}{{ x = 1 }}{{ end }}", "1:21: `string` is shared by every page and read-only; templates cannot set `string.x`")]
    [InlineData("{{ empty.x = 1 }}", "1:10: Cannot set a property on the empty object")]
    [InlineData("{{ t.x = 1 }}", "1:6: `t` is shared by every page and read-only; templates cannot set `t.x`")]
    [InlineData("{{ t.site.note = 'x' }}", "1:11: `t.site` is shared by every page and read-only; templates cannot set `t.site.note`")]
    [InlineData("{{ page.lang = 'x' }}", "1:9: Cannot set a value for the readonly member: page.lang")]
    public void A_template_cannot_store_a_value_in_an_object_every_page_shares(string template, string expected) =>
        AssertRefused(Render(template), "templates/page.html:" + expected);

    [Theory]
    [InlineData("{{ include = 'x' }}", "1:4: Cannot set the readonly variable `include`")]
    [InlineData("{{ func include; ret 'x'; end }}", "1:9: Cannot set the readonly variable `include`")]
    [InlineData("{{ this.include = 'x' }}", "1:9: `include` is given to every page and read-only; templates cannot set it")]
    [InlineData("{{ math = 1 }}", "1:4: Cannot set the readonly variable `math`")]
    [InlineData("{{ t = 1 }}", "1:4: Cannot set the readonly variable `t`")]
    [InlineData("{{ page = 1 }}", "1:4: Cannot set the readonly variable `page`")]
    public void A_template_cannot_replace_a_builtin_or_the_model_for_the_partials_after_it(string template, string expected) =>
        AssertRefused(Render(template), "templates/page.html:" + expected);

    [Fact]
    public void What_a_page_sets_at_the_top_level_ends_with_that_page()
    {
        var renderer = Renderer("{{ x = 1 }}{{ x }}", new Dictionary<string, string> { ["other.html"] = "{{ x }}" });

        Assert.Equal("1", Render(renderer).Value);
        AssertRefused(Render(renderer, "other.html"), "templates/other.html:1:4: The variable or function `x` was not found");
    }

    [Fact]
    public void Pages_rendered_in_parallel_each_see_only_what_they_set()
    {
        var renderer = Renderer("{{ n = page.title }}{{ for i in 1..200 }}{{ n = n }}{{ end }}{{ n }}");
        var outcomes = Enumerable.Range(0, 64).AsParallel().WithDegreeOfParallelism(4)
            .Select(i => (i, renderer.Render("page.html", new Dictionary<string, object?> { ["page"] = Frame with { Title = $"p{i}" } }).Value))
            .ToList();
        Assert.All(outcomes, o => Assert.Equal($"p{o.i}", o.Value));
    }
}
