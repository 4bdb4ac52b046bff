using Mcro.Model;
using Mcro.Validation;

namespace Mcro.Tests.Indicators;

/// <summary>The repository's illustrative data/ folder, found from the test's output folder.</summary>
internal static class SampleData
{
    public static string Folder => RepositoryRoot.Data;

    private static readonly Lazy<Dataset> Loaded = new(() =>
    {
        var result = DatasetValidator.LoadAndValidate(Folder, "data");
        Assert.True(result.Succeeded, "the sample data must be valid: " + string.Join("\n", result.Problems));
        return result.Value!;
    });

    public static Dataset Dataset => Loaded.Value;
}
