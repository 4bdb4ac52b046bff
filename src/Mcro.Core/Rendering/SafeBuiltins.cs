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
    private static readonly string[] Kept = ["array", "empty", "blank", "html", "math", "object", "string"];

    private static readonly Dictionary<string, string[]> Removed = new()
    {
        ["math"] = ["random", "uuid"],
        ["object"] = ["eval", "eval_template", "from_json"],
        ["string"] = ["md5", "sha1", "sha256", "sha512", "hmac_sha1", "hmac_sha256", "hmac_sha512"],
    };

    /// <summary>Built once and shared read-only by every render.</summary>
    public static ScriptObject Instance { get; } = Create();

    private static ScriptObject Create()
    {
        var defaults = new TemplateContext().BuiltinObject;
        var builtins = new ScriptObject();
        foreach (var name in Kept)
        {
            var value = defaults[name];
            if (value is ScriptObject group && Removed.TryGetValue(name, out var drop))
            {
                var copy = new ScriptObject();
                foreach (var member in group.Keys.Except(drop, StringComparer.Ordinal)) copy[member] = group[member];
                value = copy;
            }
            builtins[name] = value;
        }
        builtins["include"] = new RawIncludeFunction((IScriptCustomFunction)defaults["include"]!);
        return builtins;
    }
}
