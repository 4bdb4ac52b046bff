using System.Collections.Frozen;

namespace Mcro.Localization;

/// <summary>
/// The kind of page producing now, with the texts it declared: a template that reads a text its kind did not declare is
/// stopped where it reads it, naming the kind. It flows into the parallel work a producer starts, and each producer of a
/// build has its own, so producers may run side by side.
/// </summary>
public static class ProducingTexts
{
    private static readonly AsyncLocal<PageKindTexts?> Now = new();

    public static PageKindTexts? Current => Now.Value;

    /// <summary>Until the scope is disposed, texts are asked for on behalf of <paramref name="kind"/>.</summary>
    public static IDisposable Enter(string kind, IEnumerable<PageText> declared)
    {
        var before = Now.Value;
        Now.Value = new PageKindTexts(kind, declared.Select(t => t.Key).ToFrozenSet(StringComparer.Ordinal));
        return new Scope(() => Now.Value = before);
    }

    private sealed class Scope(Action leave) : IDisposable
    {
        public void Dispose() => leave();
    }
}

/// <summary>A kind of page by its name ("sheets") and the keys of the texts it declared.</summary>
public sealed record PageKindTexts(string Name, FrozenSet<string> Keys)
{
    /// <summary>Whether the kind declared the text; the editions' names are the dataset's, for every kind's switcher.</summary>
    public bool Declares(string key) => Keys.Contains(key) || key.StartsWith("language_names.", StringComparison.Ordinal);
}
