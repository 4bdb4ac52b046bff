using System.Text;
using Mcro.Producers.Leaflet.Pdf;

namespace Mcro.Tests.Leaflet;

/// <summary>Every graphics object painted outside marked content becomes an artifact, whole; nothing tagged is touched.</summary>
public sealed class ContentArtifactsTests
{
    private static string Mark(string content) => Encoding.Latin1.GetString(ContentArtifacts.Mark(Encoding.Latin1.GetBytes(content)));

    [Theory]
    [InlineData("1 0 0 rg 0 0 10 10 re f\n", "1 0 0 rg /Artifact BMC\n0 0 10 10 re f\nEMC\n")]
    [InlineData("0 0 m 10 10 l 5 5 l h B*\n", "/Artifact BMC\n0 0 m 10 10 l 5 5 l h B*\nEMC\n")]
    [InlineData("BT /F1 9 Tf (a\\) \\(b) Tj ET\n", "/Artifact BMC\nBT /F1 9 Tf (a\\) \\(b) Tj ET\nEMC\n")]
    [InlineData("q 10 0 0 10 0 0 cm /Im1 Do Q\n", "q 10 0 0 10 0 0 cm /Artifact BMC\n/Im1 Do\nEMC Q\n")]
    [InlineData("/Sh1 sh\n", "/Artifact BMC\n/Sh1 sh\nEMC\n")]
    public void An_untagged_graphics_object_is_wrapped_whole(string content, string marked) => Assert.Equal(marked, Mark(content));

    [Theory]
    [InlineData("/P <</MCID 0 >>BDC\n0 0 10 10 re\nf\nBT [(x)] TJ ET\nEMC\n")]
    [InlineData("/Artifact BMC 0 0 1 1 re f EMC\n")]
    [InlineData("q 0 0 100 100 re W* n Q\n")]
    [InlineData("/Span <</ActualText <FEFF0041> >>BDC /P <</MCID 3>> BDC 0 0 m 1 1 l S EMC EMC")]
    public void Tagged_content_artifacts_and_clipping_are_left_as_they_were(string content) => Assert.Equal(content, Mark(content));

    [Fact]
    public void Only_the_untagged_objects_between_tagged_ones_are_wrapped()
    {
        var content = "/P <</MCID 0 >>BDC 0 0 1 1 re f EMC 2 2 1 1 re f /P <</MCID 1 >>BDC 4 4 1 1 re f EMC";

        Assert.Equal("/P <</MCID 0 >>BDC 0 0 1 1 re f EMC /Artifact BMC\n2 2 1 1 re f\nEMC /P <</MCID 1 >>BDC 4 4 1 1 re f EMC", Mark(content));
    }

    [Fact]
    public void An_inline_image_which_chromium_never_writes_is_refused() =>
        Assert.Throws<FormatException>(() => Mark("BI /W 1 /H 1 ID x EI"));
}
