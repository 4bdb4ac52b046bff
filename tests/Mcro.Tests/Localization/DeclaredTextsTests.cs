using System.Collections.Immutable;
using System.Reflection;
using Mcro.Build;
using Mcro.Indicators;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Producers;
using Mcro.Rendering;
using Mcro.Site;
using Mcro.Tests.Site;

namespace Mcro.Tests.Localization;

/// <summary>
/// Each kind of page declares the texts it asks for (IPageProducer.Texts); validate, i18n status and the build learn
/// them from the producers, and a text an edition lacks stops the build before any page renders.
/// </summary>
public sealed class DeclaredTextsTests() : TempFolderTest("mcro-declared-texts-")
{
    private static string Shape(PageText t) => $"{(t.Plural ? "plural" : "plain")} {string.Join(",", t.Placeholders.Order(StringComparer.Ordinal))}";

    private static bool IsEditionName(string key) => key.StartsWith("language_names.", StringComparison.Ordinal);

    [Fact]
    public void Every_text_a_page_asks_for_is_declared_by_the_kind_that_asks_as_it_is_asked_for()
    {
        var dataset = SiteFixture.Dataset;
        var context = new BuildContext(dataset, SiteFixture.Plan(dataset), IndicatorCalculator.ComputeEveryYear(dataset), SiteFixture.Templates, SiteFixture.Assets);
        Assert.True(BuildPipeline.Produce(context, new MemorySink()).Succeeded);

        var declared = DeclaredTexts.For(dataset.Config.Editions).ToDictionary(t => t.Key, Shape);
        // The name of an edition CLDR names is optional (the switcher falls back to CLDR's), so it need not be declared.
        var asked = context.Texts.Values.SelectMany(t => t.Asked).DistinctBy(t => t.Key)
            .Where(t => declared.ContainsKey(t.Key) || !IsEditionName(t.Key)).ToList();
        Assert.Contains(asked, t => t.Key == "site.note");
        Assert.Contains(asked, t => t.Key == "intro.paragraph");
        Assert.All(asked, t => Assert.Equal((t.Key, Shape(t)), (t.Key, declared.GetValueOrDefault(t.Key))));

        // A kind may also read the words every kind names and links its page with (LinkTexts): the landing page names the municipality index.
        var linkTexts = DeclaredTexts.LinkTexts(BuildPipeline.Producers).Select(t => t.Key).ToList();
        Assert.Contains("municipalities.link", linkTexts);
        var byKind = BuildPipeline.Producers.ToDictionary(p => p.Name, p => p.Texts.Select(t => t.Key).Concat(linkTexts).ToHashSet(StringComparer.Ordinal));
        var askedBy = context.Texts.Values.SelectMany(t => t.AskedBy).Where(a => !IsEditionName(a.Key)).Distinct().ToList();
        Assert.Contains(askedBy, a => a.Producer == "landing page");
        Assert.All(askedBy, a => Assert.True(byKind[a.Producer].Contains(a.Key), $"'{a.Producer}' asks for '{a.Key}' without declaring it"));
    }

    [Fact]
    public void Every_declared_text_is_declared_by_some_kind_of_page_and_the_same_text_alike_by_each()
    {
        var declarations = typeof(PageText).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(PageText)).Select(f => (PageText)f.GetValue(null)!).ToList();
        Assert.NotEmpty(declarations);

        var declared = DeclaredTexts.Of(BuildPipeline.Producers, []).ToDictionary(t => t.Key);
        Assert.All(declarations, d => Assert.True(declared.TryGetValue(d.Key, out var t) && DeclaredTexts.SameShape(t, d), $"'{d.Key}' is declared by no kind of page"));
        Assert.All(BuildPipeline.Producers.SelectMany(p => p.Texts), t => Assert.True(DeclaredTexts.SameShape(t, declared[t.Key]), $"'{t.Key}' is declared twice, differently"));
    }

    [Fact]
    public void A_text_missing_in_one_edition_stops_the_build_before_any_page_renders()
    {
        var dataset = SiteFixture.Dataset;
        var english = dataset.I18n.ByLanguage["en"];
        dataset = dataset with { I18n = new I18nCatalog(dataset.I18n.ByLanguage.SetItem("en", english.Remove("glance.intro"))) };
        var context = new BuildContext(dataset, SiteFixture.Plan(dataset), IndicatorCalculator.ComputeEveryYear(dataset), SiteFixture.Templates, SiteFixture.Assets);
        var sink = new MemorySink();

        var produced = BuildPipeline.Produce(context, sink);

        Assert.Equal([$"{english["site.note"].Location.File}:1:1: text 'glance.intro' is missing in 'en': the page needs this text"], produced.Problems.Select(p => p.ToString()));
        Assert.Empty(sink.Files);
    }

    [Fact]
    public void A_text_only_a_template_reads_missing_in_one_language_fails_validate_and_the_build_with_no_page_produced()
    {
        var data = Work.PathOf("data");
        FolderCopy.Copy(SiteFixture.DataFolder, data);
        var en = Path.Combine(data, "i18n", "en.yaml");
        File.WriteAllLines(en, File.ReadAllLines(en).Where(l => l != "  note: \"Note\""));

        var validated = Mcro.Validation.DatasetValidator.LoadAndValidate(data, "data").Problems;
        Assert.Contains(validated, p => p.Message.StartsWith("key 'site.note' is missing in 'en'", StringComparison.Ordinal));

        var sink = new MemorySink();
        var outcome = BuildPipeline.RunInMemory(
            new BuildRequest(data, "data", SiteFixture.TemplatesFolder, "templates", Work.PathOf("out"), "out", null, null, null), sink);
        var failed = Assert.IsType<BuildOutcome.Failed>(outcome);
        Assert.Contains(failed.Problems, p => p.Message.Contains("'site.note' is missing in 'en'", StringComparison.Ordinal));
        Assert.Empty(sink.Files);
        Assert.DoesNotContain(failed.Steps, s => BuildPipeline.Producers.Any(p => p.Name == s.Name));
    }

    [Fact]
    public void A_template_reading_a_text_its_kind_does_not_declare_is_refused_naming_the_template_the_text_and_the_kind()
    {
        var templates = Work.PathOf("templates");
        FolderCopy.Copy(SiteFixture.TemplatesFolder, templates);
        var sheet = Path.Combine(templates, "sheet.html");
        var lines = File.ReadAllLines(sheet).ToList();
        var at = lines.FindIndex(l => l.Contains("<h1>", StringComparison.Ordinal));
        lines.Insert(at + 1, "<p>{{ t.trends.intro }}</p>");
        File.WriteAllLines(sheet, lines);
        var (set, problems) = TemplateSet.Load(templates, "templates");
        Assert.Empty(problems);

        var site = SiteFixture.TryBuild(templates: set);

        var problem = Assert.Single(site.Problems.DistinctBy(p => p.ToString()));
        Assert.Equal($"templates/sheet.html:{at + 2}:16: the text 'trends.intro' is not declared by the page kind 'sheets' that renders this template; "
            + "declare it in that kind's texts (its producer's Texts) or use a declared one", problem.ToString());
    }

    [Fact]
    public void A_template_may_read_a_text_its_kind_declares()
    {
        var templates = Work.PathOf("templates");
        FolderCopy.Copy(SiteFixture.TemplatesFolder, templates);
        var trends = Path.Combine(templates, "trends.html");
        File.WriteAllText(trends, File.ReadAllText(trends) + "<p>{{ t.trends.intro }}</p>\n");
        var (set, _) = TemplateSet.Load(templates, "templates");

        Assert.Empty(SiteFixture.TryBuild(templates: set).Problems);
    }

    [Fact]
    public void Asking_for_a_text_with_a_placeholder_it_does_not_declare_is_a_bug_not_a_page()
    {
        var catalog = new TextCatalog(SiteFixture.Dataset.I18n, Edition.For("en"), "i18n/en.yaml");
        var wrong = Assert.Throws<InvalidOperationException>(() => catalog.Text(SharedTexts.SheetTitle, ("yaer", "2019")));
        Assert.Equal("the text 'sheet.title' is asked for as plain with {yaer} but declared as plain with {year}", wrong.Message);
    }

    [Fact]
    public void I18n_status_lists_a_declared_text_no_language_has_yet_as_missing_in_each()
    {
        var data = Work.PathOf("data");
        FolderCopy.Copy(SiteFixture.DataFolder, data);
        foreach (var language in new[] { "sq", "sr", "en" })
        {
            var file = Path.Combine(data, "i18n", $"{language}.yaml");
            File.WriteAllLines(file, File.ReadAllLines(file).Where(l => !l.StartsWith("  skip_to_content:", StringComparison.Ordinal)));
        }

        var run = CliRun.Of("i18n", "status", "--data", data);

        Assert.Equal(1, run.ExitCode);
        foreach (var language in new[] { "sq", "sr", "en" })
            Assert.Contains($"data/i18n/{language}.yaml:1:1: key 'site.skip_to_content' is missing in '{language}' (a page needs it; no language has it yet)", run.Output.Replace(data, "data"));
        Assert.Contains("en: 1 missing, 0 empty, 0 untranslated, 0 plural forms missing", run.Output);
    }
}
