using Scriban;
using Scriban.Runtime;

namespace Mcro.Rendering;

/// <summary>
/// The functions templates may call: Scriban's text, list and HTML helpers, and an include that stays in the
/// templates folder. Left out: date and timespan (date.now would put the build time in the output),
/// math.random and math.uuid (different bytes every build), regex, and object.eval (code from data).
/// </summary>
internal static class SafeBuiltins
{
    private static readonly string[] Groups = ["array", "html", "math", "object", "string"];

    private static readonly Dictionary<string, string[]> Removed = new()
    {
        ["math"] = ["random", "uuid"],
        ["object"] = ["eval", "eval_template", "from_json"],
        ["string"] = ["md5", "sha1", "sha256", "sha512", "hmac_sha1", "hmac_sha256", "hmac_sha512"],
    };

    /// <summary>
    /// Built once and shared by every render, on every thread: the object and each group are frozen copies, so no
    /// template can store a value in them (<c>math.x = 1</c>) or replace one (<c>include = …</c>) for the pages after it.
    /// </summary>
    public static ScriptObject Instance { get; } = Create();

    private static ScriptObject Create()
    {
        // A context of our own: its groups are copied, never handed out, so nothing else holds them either.
        var defaults = new TemplateContext().BuiltinObject;
        var builtins = new ScriptObject();
        foreach (var name in Groups)
            builtins.SetValue(name, ReadOnlyScriptObject.CopyOf(name, (ScriptObject)defaults[name]!, Removed.GetValueOrDefault(name)), readOnly: true);
        // empty and blank are Scriban's immutable singletons.
        builtins.SetValue("empty", defaults["empty"], readOnly: true);
        builtins.SetValue("blank", defaults["blank"], readOnly: true);
        builtins.SetValue("include", new RawIncludeFunction((IScriptCustomFunction)defaults["include"]!), readOnly: true);
        builtins.IsReadOnly = true;
        return builtins;
    }
}
