using System.Text;

namespace Mcro.Rendering;

/// <summary>
/// A text of the i18n files that may mark a foreign phrase for italics with underscores ("_de facto_"), as the mission's
/// sheets set it: escaped, with each marked phrase in &lt;i&gt;. Only the texts that say so in docs/templates.md read marks.
/// </summary>
public static class Prose
{
    public static RawHtml Of(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            var close = text[i] == '_' ? text.IndexOf('_', i + 1) : -1;
            if (close > i + 1)
            {
                sb.Append("<i>").Append(Html.Escape(text[(i + 1)..close])).Append("</i>");
                i = close + 1;
                continue;
            }
            var next = text.IndexOf('_', i + 1);
            var end = next < 0 ? text.Length : next;
            sb.Append(Html.Escape(text[i..end]));
            i = end;
        }
        return new RawHtml(sb.ToString());
    }
}
