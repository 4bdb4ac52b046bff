using System.Text;
using Xunit.Sdk;

namespace Mcro.Tests.Snapshots;

/// <summary>Our snapshot harness: byte-for-byte against NAME.approved.EXT, a received file and a line diff on a mismatch, approval only when asked and never in CI.</summary>
public sealed class SnapshotHarnessTests() : TempFolderTest("mcro-snapshot-")
{
    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void An_equal_file_passes_and_a_stale_received_file_is_removed()
    {
        File.WriteAllText(Work.PathOf("page.approved.html"), "a\nb\n");
        File.WriteAllText(Work.PathOf("page.received.html"), "old");

        SnapshotFiles.VerifyBytes(Work.Path, [("page", ".html", Bytes("a\nb\n"))], approve: false);

        Assert.False(File.Exists(Work.PathOf("page.received.html")));
    }

    [Fact]
    public void A_changed_line_fails_with_a_line_diff_and_leaves_the_received_file_beside_the_approved_one()
    {
        File.WriteAllText(Work.PathOf("page.approved.html"), "a\nb\nc\n");

        var failure = Assert.ThrowsAny<XunitException>(() => SnapshotFiles.VerifyBytes(Work.Path, [("page", ".html", Bytes("a\nB\nc\n"))], approve: false));

        Assert.Contains("- 2: b", failure.Message);
        Assert.Contains("+ 2: B", failure.Message);
        Assert.Equal("a\nB\nc\n", File.ReadAllText(Work.PathOf("page.received.html")));
        Assert.Equal("a\nb\nc\n", File.ReadAllText(Work.PathOf("page.approved.html")));
    }

    [Theory]
    [InlineData("a\r\nb\r\n")]
    [InlineData("\uFEFFa\nb\n")]
    public void Bytes_that_differ_only_in_line_endings_or_a_byte_order_mark_fail(string received)
    {
        File.WriteAllText(Work.PathOf("page.approved.html"), "a\nb\n");

        var failure = Assert.ThrowsAny<XunitException>(() => SnapshotFiles.VerifyBytes(Work.Path, [("page", ".html", Bytes(received))], approve: false));

        Assert.Contains("page.html", failure.Message);
    }

    [Fact]
    public void A_missing_approved_file_fails_and_says_how_to_approve()
    {
        var failure = Assert.ThrowsAny<XunitException>(() => SnapshotFiles.VerifyBytes(Work.Path, [("sub/page", ".svg", Bytes("<svg/>"))], approve: false));

        Assert.Contains("rename it to page.approved.svg", failure.Message);
        Assert.True(File.Exists(Work.PathOf("sub/page.received.svg")));
        Assert.False(File.Exists(Work.PathOf("sub/page.approved.svg")));
    }

    [Fact]
    public void Approving_writes_the_approved_file_and_no_received_one()
    {
        File.WriteAllText(Work.PathOf("page.approved.html"), "old\n");

        SnapshotFiles.VerifyBytes(Work.Path, [("page", ".html", Bytes("new\n"))], approve: true);

        Assert.Equal("new\n", File.ReadAllText(Work.PathOf("page.approved.html")));
        Assert.False(File.Exists(Work.PathOf("page.received.html")));
    }

    [Theory]
    [InlineData("1", null, true)]
    [InlineData("1", "", true)]
    [InlineData("1", "true", false)]
    [InlineData("1", "1", false)]
    [InlineData(null, null, false)]
    [InlineData("0", null, false)]
    public void Approval_is_asked_with_MCRO_APPROVE_and_refused_on_a_CI_machine(string? approve, string? ci, bool expected) =>
        Assert.Equal(expected, SnapshotFiles.MayApprove(approve, ci));
}
