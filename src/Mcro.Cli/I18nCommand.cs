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
    public I18nCommand() : base("i18n", "Translators' tools for the texts of data/i18n/*.yaml")
    {
        Subcommands.Add(new StatusCommand());
    }

    private sealed class StatusCommand : Command
    {
        private readonly Option<DirectoryInfo> _data = CommonOptions.Data();
        private readonly Option<ProblemFormat> _format = ProblemFormatOption.Create();

        public StatusCommand() : base("status", "Per language: texts missing, empty, identical to the default language's (not yet translated), plural forms missing")
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
            var findings = TranslationStatus.Check(dataset.I18n, dataset.Config, DeclaredTexts.For(dataset.Config.Editions));
            var counts = dataset.Config.Languages.Select(l => (Language: l,
                Counts: TranslationStatus.Kinds.Select(k => findings.Count(f => f.Language == l && f.Kind == k)).ToList())).ToList();
            switch (format)
            {
                case ProblemFormat.Json:
                    output.WriteLine(Json(findings, counts, dataset.Config.DraftLanguages));
                    break;
                case ProblemFormat.Github:
                    var paths = GithubPaths.FromEnvironment();
                    foreach (var f in findings) output.WriteLine(ProblemPrinter.GithubAnnotation(f.Problem, paths));
                    break;
                default:
                    foreach (var f in findings) output.WriteLine(ProblemPrinter.Text(f.Problem));
                    foreach (var (language, n) in counts)
                        output.WriteLine($"{language}{(dataset.Config.DraftLanguages.Contains(language) ? " (draft)" : "")}: "
                            + $"{n[0]} missing, {n[1]} empty, {n[2]} untranslated, {n[3]} plural forms missing");
                    break;
            }
            // A draft language is work in progress: its findings are listed, but only a published one fails the run.
            return findings.Any(f => !dataset.Config.DraftLanguages.Contains(f.Language)) ? ExitCodes.Problems : ExitCodes.Success;
        }

        private static string Json(IReadOnlyList<TranslationFinding> findings, IReadOnlyList<(string Language, List<int> Counts)> counts,
            IReadOnlyCollection<string> drafts)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteBoolean("ok", findings.All(f => drafts.Contains(f.Language)));
                json.WriteStartObject("languages");
                foreach (var (language, n) in counts)
                {
                    json.WriteStartObject(language);
                    json.WriteBoolean("draft", drafts.Contains(language));
                    for (var k = 0; k < TranslationStatus.Kinds.Length; k++) json.WriteNumber(TranslationStatus.Kinds[k].Replace('-', '_'), n[k]);
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
                json.WriteEndObject();
            }
            return Encoding.UTF8.GetString(stream.ToArray());
        }
    }
}
