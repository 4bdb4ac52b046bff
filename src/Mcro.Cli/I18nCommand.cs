using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mcro.Cli.Output;
using Mcro.Diagnostics;
using Mcro.Loading;
using Mcro.Localization;
using Mcro.Producers;

namespace Mcro.Cli;

/// <summary>mcro i18n status: per language, the texts a translator still has to write.</summary>
public sealed class I18nCommand : Command
{
    public I18nCommand() : base("i18n", "Translators' tools for the texts of data/i18n/*.yaml and of the series' definitions, data/mechanisms/*.yaml")
    {
        Subcommands.Add(new StatusCommand());
    }

    private sealed class StatusCommand : Command
    {
        private readonly Option<DirectoryInfo> _data = CommonOptions.Data();
        private readonly Option<ProblemFormat> _format = ProblemFormatOption.Create();

        public StatusCommand() : base("status", "Per language: texts missing, empty, identical to the default language's (not yet translated), plural forms missing; the texts of mechanisms/*.yaml missing or empty; glossary variants in every text the pages show")
        {
            Options.Add(_data);
            Options.Add(_format);
            SetAction(Run);
        }

        private int Run(ParseResult parse)
        {
            var output = parse.InvocationConfiguration.Output;
            var format = parse.GetValue(_format);
            var loaded = DatasetLoader.Load(parse.GetValue(_data)!.FullName, CommonOptions.DisplayName(parse, _data), onlyYears: null);
            if (loaded.Value is not { } dataset)
            {
                ProblemPrinter.Print(loaded.Problems, format, output);
                if (format == ProblemFormat.Github) GithubStepSummary.AppendProblems("mcro", loaded.Problems, [], parse.InvocationConfiguration.Error);
                return ExitCodes.Problems;
            }
            var display = CommonOptions.DisplayName(parse, _data);
            // The series' definitions are texts to translate too: each of their texts in every language.
            var findings = TranslationStatus.Check(dataset.I18n, dataset.Config, SeriesTexts.NeededBy(DeclaredTexts.For(dataset.Config.Editions), dataset))
                .Concat(MechanismTextStatus.Check(dataset.Root, display, dataset.Config)).ToList();
            // The glossary's own mistakes are problems of loading; its findings are warnings, as validate prints them.
            var glossaryPath = new DataFolder(dataset.Root, display, new DiagnosticBag()).Display(Glossary.File);
            var glossaryFile = loaded.Problems.Where(p => p.Location.File == glossaryPath).ToList();
            var variants = GlossaryCheck.OfFolder(dataset.Root, display, dataset.Config, dataset.Years.Keys);
            var counts = dataset.Config.Languages.Select(l => (Language: l,
                Counts: TranslationStatus.Kinds.Select(k => findings.Count(f => f.Language == l && f.Kind == k))
                    .Append(variants.Count(v => v.Language == l)).ToList())).ToList();
            switch (format)
            {
                case ProblemFormat.Json:
                    output.WriteLine(Json(findings, variants, glossaryFile, counts, dataset.Config.DraftLanguages));
                    break;
                case ProblemFormat.Github:
                    var paths = GithubPaths.FromEnvironment();
                    foreach (var p in glossaryFile) output.WriteLine(ProblemPrinter.GithubAnnotation(p, paths));
                    foreach (var f in findings) output.WriteLine(ProblemPrinter.GithubAnnotation(f.Problem, paths));
                    foreach (var v in variants) output.WriteLine(ProblemPrinter.GithubAnnotation(v.Problem, paths, "warning"));
                    break;
                default:
                    foreach (var p in glossaryFile) output.WriteLine(ProblemPrinter.Text(p));
                    foreach (var f in findings) output.WriteLine(ProblemPrinter.Text(f.Problem));
                    foreach (var v in variants) output.WriteLine(ProblemPrinter.WarningText(v.Problem));
                    foreach (var (language, n) in counts)
                        output.WriteLine($"{language}{(dataset.Config.DraftLanguages.Contains(language) ? " (draft)" : "")}: "
                            + $"{n[0]} missing, {n[1]} empty, {n[2]} untranslated, {n[3]} plural forms missing{Variants(n[4])}");
                    break;
            }
            // A draft language is work in progress: its findings are listed, but only a published one fails the run.
            // A glossary variant is a warning, as in validate: listed, never failing the run.
            return glossaryFile.Count > 0 || findings.Any(f => !dataset.Config.DraftLanguages.Contains(f.Language)) ? ExitCodes.Problems : ExitCodes.Success;
        }

        /// <summary>Named only when there are any, so the line of a language without reads as it always has.</summary>
        private static string Variants(int n) => n switch { 0 => "", 1 => ", 1 glossary variant", _ => $", {n} glossary variants" };

        private static string Json(IReadOnlyList<TranslationFinding> findings, IReadOnlyList<GlossaryFinding> variants, IReadOnlyList<Diagnostic> glossaryFile,
            IReadOnlyList<(string Language, List<int> Counts)> counts, IReadOnlyCollection<string> drafts)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteBoolean("ok", glossaryFile.Count == 0 && findings.All(f => drafts.Contains(f.Language)));
                json.WriteStartObject("languages");
                foreach (var (language, n) in counts)
                {
                    json.WriteStartObject(language);
                    json.WriteBoolean("draft", drafts.Contains(language));
                    for (var k = 0; k < TranslationStatus.Kinds.Length; k++) json.WriteNumber(TranslationStatus.Kinds[k].Replace('-', '_'), n[k]);
                    json.WriteNumber("glossary_variants", n[^1]);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
                json.WriteStartArray("texts");
                foreach (var f in findings)
                {
                    json.WriteStartObject();
                    json.WriteString("language", f.Language);
                    json.WriteString("kind", f.Kind);
                    json.WriteString("key", SafeText.Escape(f.Key));
                    json.WriteString("file", SafeText.Escape(f.Problem.Location.File));
                    json.WriteNumber("line", f.Problem.Location.Line);
                    json.WriteNumber("column", f.Problem.Location.Column);
                    json.WriteString("message", SafeText.Escape(f.Problem.Message));
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("glossary");
                foreach (var v in variants)
                {
                    json.WriteStartObject();
                    json.WriteString("language", v.Language);
                    json.WriteString("term", SafeText.Escape(v.Term));
                    json.WriteString("variant", SafeText.Escape(v.Variant));
                    Place(json, v.Problem);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("glossary_problems");
                foreach (var p in glossaryFile)
                {
                    json.WriteStartObject();
                    json.WriteString("rule", p.Rule);
                    Place(json, p);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            return Encoding.UTF8.GetString(stream.ToArray());
        }

        private static void Place(Utf8JsonWriter json, Diagnostic problem)
        {
            json.WriteString("file", SafeText.Escape(problem.Location.File));
            json.WriteNumber("line", problem.Location.Line);
            json.WriteNumber("column", problem.Location.Column);
            json.WriteString("message", SafeText.Escape(problem.Message));
        }
    }
}
