using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Mcro.Rendering;

/// <summary>
/// Resolves include names inside the template set only: no "..", no absolute paths, no file outside
/// the templates folder, and nothing read from disk while rendering (the set was parsed up front).
/// </summary>
internal sealed class TemplateSetLoader(TemplateSet set) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (Refusal(templateName, set.Templates.Keys) is { } refusal) throw new ScriptRuntimeException(callerSpan, refusal);
        return set.DisplayPath(Normalize(templateName));
    }

    private static string Normalize(string templateName) => templateName.Replace('\\', '/');

    /// <summary>Why an include of <paramref name="templateName"/> cannot be, or null when it can; at load and while rendering alike.</summary>
    /// <remarks>Neither the team's folder nor the built-ins hold it (no layer is left to look in): the nearest name helps with a typo.</remarks>
    public static string? Refusal(string templateName, IEnumerable<string> names)
    {
        var name = Normalize(templateName);
        if (name.StartsWith('/') || name.Contains(':', StringComparison.Ordinal) || name.Split('/').Contains(".."))
            return $"include '{templateName}': only templates inside the templates folder can be included";
        if (names.Contains(name)) return null;
        return $"the partial \"{templateName}\" does not exist"
            + (Mcro.Diagnostics.Suggestions.Nearest(name, names) is { } near ? $"; did you mean \"{near}\"?" : "");
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"template '{templatePath}' was not parsed up front");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
