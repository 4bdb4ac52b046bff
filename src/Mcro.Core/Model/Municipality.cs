using Mcro.Diagnostics;

namespace Mcro.Model;

/// <summary>A municipality; it has a MOCR from <see cref="MocrSince"/> on, or a similar office, or neither.</summary>
public sealed record Municipality(string Code, LocalizedText Name, int? MocrSince, bool SimilarOffice, SourceLocation Location)
{
    public bool HasMocrIn(int year) => MocrSince is { } since && since <= year;
}
