using Mcro.Site;

namespace Mcro.Tests.Robustness;

public sealed class FolderExchangeTests() : TempFolderTest("mcro-exchange-")
{
    [Fact]
    public void Two_folders_trade_places_in_one_step_on_linux()
    {
        var (a, b) = (Work.PathOf("a"), Work.PathOf("b"));
        Directory.CreateDirectory(a);
        Directory.CreateDirectory(b);
        File.WriteAllText(Path.Combine(a, "f"), "was a");
        File.WriteAllText(Path.Combine(b, "f"), "was b");

        var exchanged = FolderExchange.TryExchange(a, b);

        // Linux file systems used for builds (ext4, xfs, btrfs, tmpfs, overlayfs) all have RENAME_EXCHANGE.
        Assert.Equal(OperatingSystem.IsLinux(), exchanged);
        Assert.Equal(exchanged ? "was b" : "was a", File.ReadAllText(Path.Combine(a, "f")));
        Assert.Equal(exchanged ? "was a" : "was b", File.ReadAllText(Path.Combine(b, "f")));
    }
}
