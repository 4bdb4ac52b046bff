using System.Globalization;
using System.Reflection;
using Mcro.Diagnostics;
using Scriban;
using Scriban.Syntax;

namespace Mcro.Rendering;

/// <summary>
/// Renders one template of a <see cref="TemplateSet"/> with a model, to a string. Pure and thread-safe:
/// each call gets its own context and globals; the parsed templates and the builtins are shared, and frozen.
/// </summary>
public sealed class PageRenderer(TemplateSet templates)
{
    /// <summary>
    /// How many times the loops of one page may turn in all (Scriban counts nested loops together): a 30-year trends
    /// page turns some thousands, a runaway loop is stopped; the total work is bounded by HtmlTemplateContext.MaxSteps.
    /// </summary>
    public const int LoopLimit = 100_000;

    /// <summary>
    /// The longest value a template may write, and the largest page (in characters). Scriban's defaults cut a longer
    /// text or page silently, which would publish a broken page; past these limits the build stops with an error.
    /// </summary>
    public const int MaxValueChars = 4 * 1024 * 1024;

    public const int MaxPageChars = 32 * 1024 * 1024;

    public TemplateSet Templates { get; } = templates;

    /// <param name="globals">The names the template sees (view models from a Views namespace, strings, numbers).</param>
    /// <returns>The page, or the template problem that stopped it.</returns>
    public Result<string> Render(string name, IReadOnlyDictionary<string, object?> globals)
    {
        if (!Templates.Templates.TryGetValue(name, out var template))
            return Result<string>.Failed(new Diagnostic(SourceLocation.OfFile(Templates.DisplayPath(name)), ProblemCode.TemplateMissing, "template not found"));
        var context = CreateContext();
        context.PushGlobal(new PageGlobals(globals));
        try
        {
            return Result<string>.Ok(template.Render(context));
        }
        catch (ScriptRuntimeException e)
        {
            return Result<string>.Failed(new Diagnostic(TemplateErrors.Location(e.Span), ProblemCode.Template, e.OriginalMessage));
        }
    }

    private HtmlTemplateContext CreateContext()
    {
        var context = new HtmlTemplateContext(SafeBuiltins.Instance)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = LoopLimit,
            RecursiveLimit = 32,
            LimitToString = MaxValueChars,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = MaxPageChars,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            NewLine = "\n",
            TemplateLoader = new TemplateSetLoader(Templates),
            MemberFilter = IsViewModelMember,
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        foreach (var (name, parsed) in Templates.Templates) context.CachedTemplates[Templates.DisplayPath(name)] = parsed;
        return context;
    }

    /// <summary>Templates read the properties of view models (records in a Views namespace: Rendering/Views, Producers/*/Views) and nothing else of .NET.</summary>
    private static bool IsViewModelMember(MemberInfo member) =>
        member is PropertyInfo && member.DeclaringType?.Namespace is { } ns && ns.StartsWith("Mcro.", StringComparison.Ordinal) && ns.EndsWith(".Views", StringComparison.Ordinal);
}
