namespace Mcro.Tests.Mechanisms;

public sealed class SeriesWorkspaceTests
{
    [Fact]
    public void The_series_fixture_validates_clean()
    {
        using var ws = SeriesWorkspace.Create();

        Assert.Empty(ws.Problems());
    }
}
