using System.Text;

namespace Mcro.Rendering;

/// <summary>Escapes text for HTML and XML (element content and quoted attributes alike).</summary>
public static class Html
{
    /// <summary>Escapes only the five markup characters, so "ë" and "ћ" stay readable in the source.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }
        return sb.ToString();
    }
}
