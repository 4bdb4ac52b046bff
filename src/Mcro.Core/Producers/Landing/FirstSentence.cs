namespace Mcro.Producers.Landing;

/// <summary>
/// A mechanism's mandate, as short as a landing page lists it: its first sentence. A sentence ends at '.', '!' or '?'
/// followed by a space and a capital letter, so "No. 03/L-040" or "br. 01/2014" do not end one.
/// </summary>
public static class FirstSentence
{
    public static string Of(string text)
    {
        for (var i = 0; i + 2 < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]) && char.IsUpper(text[i + 2])) return text[..(i + 1)];
        }
        return text.Trim();
    }
}
