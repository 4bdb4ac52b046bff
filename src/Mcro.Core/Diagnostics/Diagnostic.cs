namespace Mcro.Diagnostics;

/// <summary>One problem found in the input, with where it is and which rule found it.</summary>
public sealed record Diagnostic(SourceLocation Location, string Rule, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
