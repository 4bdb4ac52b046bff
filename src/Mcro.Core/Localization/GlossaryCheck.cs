using System.Text.RegularExpressions;
using Mcro.Diagnostics;
using Mcro.Loading;
using Mcro.Model;

namespace Mcro.Localization;

/// <summary>A variant found in a text: its language, the term to write instead, and where it stands.</summary>
public sealed record GlossaryFinding(string Language, string Term, string Variant, Diagnostic Problem);

/// <summary>
/// The glossary check: each text the pages show, searched for the variants its language's glossary flags (the rule of
/// <see cref="GlossaryPattern"/>). Its findings are warnings of validate and build, and what `mcro i18n status` lists.
/// </summary>
public static class GlossaryCheck
{
    public static IReadOnlyList<GlossaryFinding> Findings(Glossary glossary, IEnumerable<GlossaryText> texts, string glossaryFile)
    {
        var findings = new List<GlossaryFinding>();
        if (glossary.Entries.IsEmpty) return findings;
        foreach (var text in texts)
        {
            foreach (var entry in glossary.Of(text.Language))
            {
                foreach (var variant in entry.Variants)
                {
                    var found = Matches(variant.Pattern.Regex, text.Value, 0, text.Value.Length, entry).ToList();
                    if (found.Count == 0) continue;
                    var inSource = Matches(variant.Pattern.Regex, text.Source, text.Start, text.End - text.Start, entry).ToList();
                    for (var k = 0; k < found.Count; k++)
                    {
                        var at = inSource.Count == found.Count
                            ? Place(text.Source, inSource[k].Index, text.TextStart.File)
                            : text.TextStart with { Column = text.TextStart.Column + found[k].Index };
                        findings.Add(new GlossaryFinding(text.Language, entry.Term, variant.Written, new Diagnostic(at, ProblemCode.GlossaryVariant,
                            $"{text.Language} {text.What}: '{Printable.Quote(found[k].Value)}' is a variant the glossary flags; "
                            + $"write '{Printable.Quote(entry.Term)}' ({glossaryFile}:{variant.Location.Line})")));
                    }
                }
            }
        }
        return InFileOrder(findings);
    }

    /// <summary>
    /// The check on a dataset loaded before (`mcro i18n status`): the folder's files read again, quietly, since every
    /// problem of reading them was reported by loading.
    /// </summary>
    public static IReadOnlyList<GlossaryFinding> OfFolder(string root, string displayRoot, DatasetConfig config, IEnumerable<int> years)
    {
        var folder = new DataFolder(root, displayRoot, new DiagnosticBag()).Declaring(config.Encodings);
        var glossary = GlossaryLoader.Load(folder, config.Languages);
        return Findings(glossary, GlossaryTexts.Of(path => folder.Exists(path) ? folder.ReadText(path) : null, folder.Display, config.Languages, years,
            Loading.Mechanisms.MechanismDefinitionLoader.Files(root).Select(Path.GetFileNameWithoutExtension).OfType<string>()),
            folder.Display(Glossary.File));
    }

    private static IEnumerable<Match> Matches(Regex regex, string text, int start, int length, GlossaryEntry entry)
    {
        for (var m = regex.Match(text, start, length); m.Success; m = m.NextMatch())
        {
            if (!entry.Except.Any(e => e.IsWhole(m.Value))) yield return m;
        }
    }

    private static SourceLocation Place(string source, int index, string file)
    {
        var before = source.AsSpan(0, index);
        return new SourceLocation(file, before.Count('\n') + 1, index - before.LastIndexOf('\n'));
    }

    private static List<GlossaryFinding> InFileOrder(List<GlossaryFinding> findings) =>
        [.. findings.OrderBy(f => f.Problem.Location.File, StringComparer.Ordinal)
            .ThenBy(f => f.Problem.Location.Line).ThenBy(f => f.Problem.Location.Column)];
}
