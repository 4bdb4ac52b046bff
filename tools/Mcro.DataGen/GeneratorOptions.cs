namespace Mcro.DataGen;

/// <summary>
/// The shape of a synthetic dataset: how many years from which first year, how many municipalities, which seed, and how
/// many mechanisms of the series (1: the MOCR alone, as every dataset before the series; more: the reference's definitions).
/// </summary>
public sealed record GeneratorOptions(int Years, int Municipalities, int Seed = 1, int FirstYear = 2000, int Mechanisms = 1)
{
    /// <summary>What is wrong with these options, or null; years must stay four-digit folder names.</summary>
    public string? Problem() =>
        Years < 1 ? "--years must be at least 1"
        : Municipalities < 1 ? "--municipalities must be at least 1"
        : Municipalities > 9999 ? "--municipalities must be at most 9999"
        : Mechanisms < 1 ? "--mechanisms must be at least 1 (the MOCR)"
        : FirstYear < 1000 || FirstYear + Years - 1 > 9999 ? "every year must have four digits (1000–9999)"
        : null;
}
