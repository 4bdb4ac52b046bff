using Mcro.Diagnostics;
using Mcro.Review;

namespace Mcro.Cli.Output;

/// <summary>A changed text as its changed words, with a few words around each change: for a terminal, for Markdown.</summary>
public static class DiffWords
{
    /// <summary>Words around each change: enough to find the sentence, not so many that the change hides.</summary>
    public const int Context = 5;

    /// <summary>"… the office [-did not meet-]{+met+} the …"; hidden characters shown as escapes.</summary>
    public static string Text(string before, string after) =>
        string.Concat(WordDiff.Excerpt(WordDiff.Of(before, after), Context).Select(p => p.Kind switch
        {
            WordPartKind.Removed => "[-" + SafeText.Escape(p.Text) + "-]",
            WordPartKind.Added => "{+" + SafeText.Escape(p.Text) + "+}",
            _ => SafeText.Escape(p.Text),
        }));

    /// <summary>
    /// "… the office ~~did not meet~~ **met** the …", every word escaped. Spaces at a change's edges stay outside its
    /// marks: GitHub does not read "~~ word~~" as struck through.
    /// </summary>
    public static string Markdown(string before, string after)
    {
        var parts = WordDiff.Excerpt(WordDiff.Of(before, after), Context);
        // "~~old~~ **new**": the two apart, or GitHub reads "~~old~~**new**" as one run of marks.
        return string.Concat(parts.Select((p, i) => p.Kind switch
        {
            WordPartKind.Removed => Marked(p.Text, "~~"),
            WordPartKind.Added => (i > 0 && parts[i - 1].Kind == WordPartKind.Removed ? " " : "") + Marked(p.Text, "**"),
            _ => DiffMarkdownWriter.Escape(SafeText.Escape(p.Text)),
        }));
    }

    /// <summary>Whether a change is shown by its words: a value of one word reads better as "no → yes".</summary>
    public static bool AreSentences(string before, string after) =>
        WordDiff.Tokens(before).Count(t => t.Trim().Length > 0) > 1 || WordDiff.Tokens(after).Count(t => t.Trim().Length > 0) > 1;

    private static string Marked(string text, string mark)
    {
        var core = text.Trim();
        if (core.Length == 0) return mark + "␣" + mark;
        var lead = text[..text.IndexOf(core, StringComparison.Ordinal)];
        var trail = text[(lead.Length + core.Length)..];
        return SafeText.Escape(lead) + mark + DiffMarkdownWriter.Escape(SafeText.Escape(core)) + mark + SafeText.Escape(trail);
    }
}
