using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Loading;

/// <summary>What loading gave: the dataset (as far as it could be read) and every problem found on the way.</summary>
public sealed record LoadResult(Dataset? Dataset, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Dataset is not null && Diagnostics.Count == 0;
}
