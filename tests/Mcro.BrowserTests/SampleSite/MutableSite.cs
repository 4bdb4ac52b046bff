namespace Mcro.BrowserTests.SampleSite;

/// <summary>A copy of the built site that a test breaks on purpose, to prove a check notices.</summary>
public sealed class MutableSite(BuiltSite site)
{
    public BuiltSite Site { get; } = site;

    /// <summary>Replaces the first occurrence of a piece of a file; fails if it is not there, so the mutation cannot silently miss.</summary>
    public MutableSite Replace(string relativeFile, string find, string replacement)
    {
        var path = Site.PathOf(relativeFile);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"{relativeFile} has no '{find}' to replace");
        File.WriteAllText(path, string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length)));
        return this;
    }

    /// <summary>Removes the element that starts with <paramref name="start"/> up to and including <paramref name="end"/>.</summary>
    public MutableSite Remove(string relativeFile, string start, string end)
    {
        var path = Site.PathOf(relativeFile);
        var text = File.ReadAllText(path);
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = from < 0 ? -1 : text.IndexOf(end, from, StringComparison.Ordinal);
        if (to < 0) throw new InvalidOperationException($"{relativeFile} has no '{start}…{end}' to remove");
        File.WriteAllText(path, text.Remove(from, to + end.Length - from));
        return this;
    }
}
