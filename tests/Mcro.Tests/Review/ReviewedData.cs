namespace Mcro.Tests.Review;

/// <summary>What the review tests do to a copied data folder, and how they read a Markdown report as a reviewer does.</summary>
internal static class ReviewedData
{
    /// <summary>Replaces a text that must be in the file (a fixture edited away from the test fails here, not later).</summary>
    public static void Edit(string file, string oldText, string newText)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(oldText, text);
        File.WriteAllText(file, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>The Markdown a reviewer sees without unfolding anything: every line outside a &lt;details&gt; block.</summary>
    public static List<string> Unfolded(string markdown)
    {
        var lines = new List<string>();
        var depth = 0;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("<details>", StringComparison.Ordinal)) depth++;
            else if (line.StartsWith("</details>", StringComparison.Ordinal)) depth--;
            else if (depth == 0) lines.Add(line);
        }
        return lines;
    }
}
