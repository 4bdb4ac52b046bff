using System.Globalization;

namespace Mcro.Tests.Cli.Workflow;

/// <summary>
/// GitHub's expression language, as far as a workflow of the docs uses it: contexts by dotted name, string, number
/// and boolean literals, == != ! &amp;&amp; || and parentheses, the status functions and a few others. Anything else
/// throws, so a workflow that grows a new form makes the test say what it does not know instead of guessing.
/// </summary>
internal sealed class WorkflowExpression(Func<string, object?> context, Func<string, IReadOnlyList<object?>, object?> function)
{
    private List<string> _tokens = [];
    private int _at;

    public object? Evaluate(string expression)
    {
        _tokens = Tokens(expression);
        _at = 0;
        var value = Or();
        if (_at != _tokens.Count) throw new NotSupportedException($"the test cannot read '{expression}' past '{_tokens[_at]}'");
        return value;
    }

    /// <summary>GitHub's truthiness: false, null, 0 and "" are false.</summary>
    public static bool Truthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        double d => d != 0,
        string s => s.Length > 0,
        _ => true,
    };

    /// <summary>A value as GitHub puts it in a string (`${{ }}` in run: or env:).</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        double d => d.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private object? Or()
    {
        var left = And();
        while (Take("||")) { var right = And(); left = Truthy(left) ? left : right; }
        return left;
    }

    private object? And()
    {
        var left = Comparison();
        while (Take("&&")) { var right = Comparison(); left = Truthy(left) ? right : left; }
        return left;
    }

    private object? Comparison()
    {
        var left = Unary();
        while (true)
        {
            if (Take("==")) left = Equal(left, Unary());
            else if (Take("!=")) left = !Equal(left, Unary());
            else return left;
        }
    }

    private object? Unary() => Take("!") ? !Truthy(Unary()) : Primary();

    private object? Primary()
    {
        if (_at >= _tokens.Count) throw new NotSupportedException("the expression ends too early");
        var token = _tokens[_at++];
        if (token == "(") { var inner = Or(); Expect(")"); return inner; }
        if (token.StartsWith('\'')) return token[1..^1].Replace("''", "'", StringComparison.Ordinal);
        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return number;
        if (token is "true" or "false") return token == "true";
        if (token == "null") return null;
        if (Take("("))
        {
            var args = new List<object?>();
            if (!Take(")"))
            {
                do args.Add(Or()); while (Take(","));
                Expect(")");
            }
            return function(token, args);
        }
        return context(token);
    }

    /// <summary>GitHub compares strings ignoring case; other kinds are compared as they are.</summary>
    private static bool Equal(object? a, object? b) =>
        a is string x && b is string y ? string.Equals(x, y, StringComparison.OrdinalIgnoreCase) : Equals(a, b);

    private bool Take(string token)
    {
        if (_at < _tokens.Count && _tokens[_at] == token) { _at++; return true; }
        return false;
    }

    private void Expect(string token)
    {
        if (!Take(token)) throw new NotSupportedException($"expected '{token}'");
    }

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '\'')
            {
                var end = i + 1;
                while (true)
                {
                    if (end >= text.Length) throw new NotSupportedException($"an unclosed string in '{text}'");
                    if (text[end] != '\'') end++;
                    else if (end + 1 < text.Length && text[end + 1] == '\'') end += 2; // '' is a quote inside a string
                    else break;
                }
                tokens.Add(text[i..(end + 1)]);
                i = end + 1;
                continue;
            }
            var two = i + 1 < text.Length ? text.Substring(i, 2) : "";
            if (two is "==" or "!=" or "&&" or "||") { tokens.Add(two); i += 2; continue; }
            if (c is '!' or '(' or ')' or ',') { tokens.Add(c.ToString()); i++; continue; }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '_' or '-' or '*')) i++;
            if (i == start) throw new NotSupportedException($"the test cannot read '{text}' at '{text[start..]}'");
            tokens.Add(text[start..i]);
        }
        return tokens;
    }
}
