namespace Mcro.Diagnostics;

/// <summary>A place in an input file; line and column are 1-based, 0 when unknown.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation OfFile(string file) => new(file, 0, 0);

    public override string ToString() =>
        Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}
