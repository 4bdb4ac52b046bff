using System.Collections.Immutable;
using Mcro.Diagnostics;
using Scriban;

namespace Mcro.Rendering;

/// <summary>
/// Every template of the templates folder, read and parsed once, shared by all renders (and threads).
/// Names are relative and use '/': "sheet.html", "partials/intro.html". The assets/ folder holds no templates.
/// </summary>
public sealed class TemplateSet
{
    public static readonly IReadOnlyList<string> Required = ["layout.html", "sheet.html", "landing.html", "trends.html"];

    private TemplateSet(string displayFolder, ImmutableSortedDictionary<string, Template> templates)
    {
        DisplayFolder = displayFolder;
        Templates = templates;
    }

    /// <summary>The folder as the user named it ("templates"), the start of every template's path in messages.</summary>
    public string DisplayFolder { get; }

    public ImmutableSortedDictionary<string, Template> Templates { get; }

    public string DisplayPath(string name) => DisplayFolder + "/" + name;

    /// <summary>Reads and parses the folder; a parse error is reported as templates/file.html:line:column.</summary>
    public static Result<TemplateSet> Load(string folder, string displayFolder, Mcro.Loading.InputLog? log = null)
    {
        var bag = new DiagnosticBag();
        if (!Directory.Exists(folder))
        {
            bag.Add(SourceLocation.OfFile(displayFolder), "templates-missing", "templates folder not found; pass it with --templates");
            return Result<TemplateSet>.Failed(bag.ToSortedList());
        }
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        // A folder or file that cannot be read is a problem with its path, as in the data.
        foreach (var name in Mcro.Loading.InputFolder.Files(folder, displayFolder, bag, skip: f => f == TemplateAssets.Folder)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            // Read as the data is: strict UTF-8, at most 64 MB (a template linked to /dev/zero is a problem, not a crash).
            if (Mcro.Loading.TextFileDecoder.Read(Path.Combine(folder, name), displayFolder + "/" + name, bag, log) is { } text) texts[name] = text;
        }
        if (bag.Count > 0) return Result<TemplateSet>.Failed(bag.ToSortedList());
        return Parse(texts, displayFolder);
    }

    /// <summary>Parses templates given as name → text (also how tests build a template set without a disk).</summary>
    public static Result<TemplateSet> Parse(IReadOnlyDictionary<string, string> texts, string displayFolder)
    {
        var bag = new DiagnosticBag();
        var parsed = ImmutableSortedDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);
        foreach (var (name, text) in texts.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var path = displayFolder + "/" + name;
            var template = Template.Parse(text.Replace("\r\n", "\n", StringComparison.Ordinal), path);
            foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
                bag.Add(TemplateErrors.Location(message.Span), "template", message.Message);
            if (!template.HasErrors) parsed[name] = template;
        }
        foreach (var name in Required.Where(n => !texts.ContainsKey(n)))
            bag.Add(SourceLocation.OfFile(displayFolder + "/" + name), "template-missing", "template not found; the site needs it");
        var problems = bag.ToSortedList();
        return problems.Count == 0 ? Result<TemplateSet>.Ok(new TemplateSet(displayFolder, parsed.ToImmutable())) : Result<TemplateSet>.Failed(problems);
    }
}
