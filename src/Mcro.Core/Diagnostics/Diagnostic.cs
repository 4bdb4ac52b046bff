namespace Mcro.Diagnostics;

/// <summary>One problem found in the input, with where it is and which rule found it.</summary>
public sealed record Diagnostic(SourceLocation Location, ProblemCode Code, string Message)
{
    /// <summary>The rule's code as printed (the "rule" of --format json).</summary>
    public string Rule => Code.Text;

    public override string ToString() => $"{Location}: {Message}";
}
