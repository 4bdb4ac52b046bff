namespace Mcro.Localization;

/// <summary>
/// The placeholders of a text, "{year}", found the one way both the pages (filling them) and validation (checking
/// them) read them: from a '{' to the next '}'; a '{' without a '}' after it is plain text.
/// </summary>
public static class Placeholders
{
    /// <summary>Each placeholder's start (its '{'), end (its '}') and name, in order.</summary>
    public static IEnumerable<(int Start, int End, string Name)> In(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var close = text[i] == '{' ? text.IndexOf('}', i + 1) : -1;
            if (close < 0) { i++; continue; }
            yield return (i, close, text.Substring(i + 1, close - i - 1));
            i = close + 1;
        }
    }

    /// <summary>How a message lists what a text may use: "{count}, {total}" or "none".</summary>
    public static string Describe(IEnumerable<string> names) =>
        string.Join(", ", names.Select(n => "{" + n + "}")) is { Length: > 0 } list ? list : "none";
}
