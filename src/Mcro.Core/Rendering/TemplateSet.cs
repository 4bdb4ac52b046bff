using System.Collections.Immutable;
using Mcro.Diagnostics;
using Scriban;

namespace Mcro.Rendering;

/// <summary>
/// Every template of the templates folder (over the built-ins, see <see cref="TemplateLayers"/>), read and parsed once,
/// shared by all renders (and threads). Names are relative and use '/': "sheet.html", "partials/intro.html". The
/// assets/ folder holds no templates.
/// </summary>
public sealed class TemplateSet
{
    public static readonly IReadOnlyList<string> Required = ["layout.html", "sheet.html", "landing.html", "trends.html"];

    private readonly ImmutableSortedDictionary<string, string> _paths;

    private TemplateSet(string displayFolder, ImmutableSortedDictionary<string, Template> templates, ImmutableSortedDictionary<string, string> paths)
    {
        DisplayFolder = displayFolder;
        Templates = templates;
        _paths = paths;
    }

    /// <summary>The team's folder as the user named it ("templates"), the start of its templates' paths in messages.</summary>
    public string DisplayFolder { get; }

    public ImmutableSortedDictionary<string, Template> Templates { get; }

    /// <summary>The file a template was read from, as messages name it: templates/partials/footer.html, or the built-in's path.</summary>
    public string DisplayPath(string name) => _paths.TryGetValue(name, out var path) ? path : DisplayFolder + "/" + name;

    /// <summary>Reads and parses one folder, with the built-ins installed with mcro beneath it.</summary>
    public static Result<TemplateSet> Load(string folder, string displayFolder, Mcro.Loading.InputLog? log = null) =>
        Load(new TemplateLayers(folder, displayFolder, TemplateLayers.InstalledFolder), log);

    /// <summary>Reads and parses the layers; a parse error is reported as templates/file.html:line:column.</summary>
    public static Result<TemplateSet> Load(TemplateLayers layers, Mcro.Loading.InputLog? log = null)
    {
        var bag = new DiagnosticBag();
        if (!Directory.Exists(layers.TeamFolder))
        {
            bag.Add(SourceLocation.OfFile(layers.TeamDisplay), ProblemCode.TemplatesMissing, "templates folder not found; pass it with --templates");
            return Result<TemplateSet>.Failed(bag.ToSortedList());
        }
        var texts = new List<TemplateText>();
        // A folder or file that cannot be read is a problem with its path, as in the data.
        foreach (var file in layers.Files("", bag, skip: f => f == TemplateAssets.Folder).Where(f => f.Name.EndsWith(".html", StringComparison.Ordinal)))
        {
            // Read as the data is: strict UTF-8, at most 64 MB (a template linked to /dev/zero is a problem, not a crash).
            if (Mcro.Loading.TextFileDecoder.Read(file.Path, file.Display, bag, log) is { } text) texts.Add(new TemplateText(file.Name, text, file.Display));
        }
        if (bag.Count > 0) return Result<TemplateSet>.Failed(bag.ToSortedList());
        return Parse(texts, layers.TeamDisplay);
    }

    /// <summary>Parses templates given as name → text (also how tests build a template set without a disk).</summary>
    public static Result<TemplateSet> Parse(IReadOnlyDictionary<string, string> texts, string displayFolder) =>
        Parse([.. texts.Select(t => new TemplateText(t.Key, t.Value, displayFolder + "/" + t.Key))], displayFolder);

    private static Result<TemplateSet> Parse(IReadOnlyList<TemplateText> texts, string displayFolder)
    {
        var bag = new DiagnosticBag();
        var parsed = ImmutableSortedDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);
        foreach (var (name, text, path) in texts.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var template = Template.Parse(text.Replace("\r\n", "\n", StringComparison.Ordinal), path);
            foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
                bag.Add(TemplateErrors.Location(message.Span), ProblemCode.Template, message.Message);
            if (!template.HasErrors) parsed[name] = template;
        }
        var names = texts.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        // An include of a template that exists in neither layer fails every page that reaches it: say so before any page.
        foreach (var (span, name) in parsed.Values.SelectMany(IncludeFinder.Includes))
        {
            if (TemplateSetLoader.Refusal(name, names) is { } refusal) bag.Add(TemplateErrors.Location(span), ProblemCode.Template, refusal);
        }
        foreach (var name in Required.Where(n => !names.Contains(n)))
            bag.Add(SourceLocation.OfFile(displayFolder + "/" + name), ProblemCode.TemplateMissing, "template not found; the site needs it");
        var problems = bag.ToSortedList();
        var paths = texts.ToImmutableSortedDictionary(t => t.Name, t => t.Display, StringComparer.Ordinal);
        return problems.Count == 0
            ? Result<TemplateSet>.Ok(new TemplateSet(displayFolder, parsed.ToImmutable(), paths))
            : Result<TemplateSet>.Failed(problems);
    }

    private sealed record TemplateText(string Name, string Text, string Display);
}
