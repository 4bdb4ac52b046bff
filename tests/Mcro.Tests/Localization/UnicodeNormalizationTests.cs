using System.Text;
using Mcro.Localization.Collation;

namespace Mcro.Tests.Localization;

/// <summary>
/// mcro's own canonical composition and decomposition (pinned data, no ICU): the same answers as Unicode's NFC and NFD,
/// which .NET gives only with ICU (without it string.Normalize returns the text unchanged).
/// </summary>
public sealed class UnicodeNormalizationTests
{
    [Theory]
    [InlineData("c\u030C", "č")]
    [InlineData("Mitrovice\u0308", "Mitrovicë")]
    [InlineData("e\u0323\u0302", "ệ")]
    [InlineData("e\u0302\u0323", "ệ")]
    [InlineData("\u1100\u1161\u11A8", "각")]
    [InlineData("A\u030A", "Å")]
    [InlineData("\u212B", "Å")]
    [InlineData("a\u0301\u0301", "á\u0301")]
    [InlineData("a\u0316\u0301", "á\u0316")]
    [InlineData("\u0301a", "\u0301a")]
    [InlineData("Зубин Поток", "Зубин Поток")]
    public void Compose_gives_the_canonical_composition(string text, string composed) => Assert.Equal(composed, UnicodeNormalization.Compose(text));

    [Theory]
    [InlineData("č", "c\u030C")]
    [InlineData("ệ", "e\u0323\u0302")]
    [InlineData("각", "\u1100\u1161\u11A8")]
    [InlineData("a\u0301\u0316", "a\u0316\u0301")]
    [InlineData("đ", "đ")]
    public void Decompose_gives_the_canonical_decomposition(string text, string decomposed) => Assert.Equal(decomposed, UnicodeNormalization.Decompose(text));

    [Fact]
    public void Every_character_of_the_latin_greek_cyrillic_and_nearby_blocks_normalizes_as_icu_does()
    {
        Assert.NotEqual("c\u030C", "c\u030C".Normalize(NormalizationForm.FormC));
        // Blocks whose marks every ICU in use knows (Unicode 16 added marks elsewhere that an older ICU leaves in place).
        foreach (var cp in Enumerable.Range(0, 0x800).Concat(Enumerable.Range(0x1E00, 0x200)))
        {
            var text = char.ConvertFromUtf32(cp) + "\u0301\u0323";
            Assert.True(text.Normalize(NormalizationForm.FormC) == UnicodeNormalization.Compose(text), $"NFC of U+{cp:X4}");
            Assert.True(text.Normalize(NormalizationForm.FormD) == UnicodeNormalization.Decompose(text), $"NFD of U+{cp:X4}");
        }
    }
}
