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
        var name = templateName.Replace('\\', '/');
        if (name.StartsWith('/') || name.Contains(':', StringComparison.Ordinal) || name.Split('/').Contains(".."))
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}': only templates inside the templates folder can be included");
        if (!set.Templates.ContainsKey(name))
            throw new ScriptRuntimeException(callerSpan,
                $"include '{templateName}': no such template; there are {string.Join(", ", set.Templates.Keys)}");
        return set.DisplayPath(name);
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"template '{templatePath}' was not parsed up front");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
