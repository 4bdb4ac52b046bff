using System.Globalization;
using System.Text;
using Mcro.Diagnostics;
using Mcro.Loading;

namespace Mcro.Tests.Validation;

/// <summary>
/// Characters that look like nothing or like a blank (Hangul fillers, the braille blank, the combining grapheme joiner,
/// every Default_Ignorable_Code_Point) are refused in codes and names like zero-width ones, and the message names the
/// character and where it is.
/// </summary>
public sealed class BlankLookingCharacterTests
{
    public static TheoryData<int, string> Characters() => new()
    {
        { 0x3164, "HANGUL FILLER" },
        { 0x115F, "HANGUL CHOSEONG FILLER" },
        { 0x1160, "HANGUL JUNGSEONG FILLER" },
        { 0xFFA0, "HALFWIDTH HANGUL FILLER" },
        { 0x2800, "BRAILLE PATTERN BLANK" },
        { 0x034F, "COMBINING GRAPHEME JOINER" },
        { 0x180E, "MONGOLIAN VOWEL SEPARATOR" },
        { 0x2060, "WORD JOINER" },
        { 0x2061, "FUNCTION APPLICATION" },
        { 0x2062, "INVISIBLE TIMES" },
        { 0x2063, "INVISIBLE SEPARATOR" },
        { 0x2064, "INVISIBLE PLUS" },
        { 0xFEFF, "ZERO WIDTH NO-BREAK SPACE" },
        { 0x00AD, "SOFT HYPHEN" },
        { 0x061C, "ARABIC LETTER MARK" },
        { 0x17B4, "KHMER VOWEL INHERENT AQ" },
        { 0x17B5, "KHMER VOWEL INHERENT AA" },
        { 0x1D159, "MUSICAL SYMBOL NULL NOTEHEAD" },
        { 0x1D173, "MUSICAL SYMBOL BEGIN BEAM" },
        { 0x1D17A, "MUSICAL SYMBOL END PHRASE" },
        { 0xE0001, "LANGUAGE TAG" },
        { 0xE0041, "TAG 'A'" },
        { 0xE007F, "CANCEL TAG" },
        { 0xFE0F, "VARIATION SELECTOR-16" },
        { 0xE0100, "VARIATION SELECTOR-17" },
        { 0x180B, "MONGOLIAN FREE VARIATION SELECTOR ONE" },
        { 0x200B, "ZERO WIDTH SPACE" },
        { 0x001B, "ESCAPE" },
        { 0x2028, "LINE SEPARATOR" },
    };

    private static readonly SourceLocation Cell = new("data/municipalities.csv", 2, 1);

    private static string Code(int codePoint) => "pri" + new Rune(codePoint) + "zren";

    private static string Hex(int codePoint) => codePoint.ToString("X4", CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Characters))]
    public void A_code_holding_the_character_is_refused_naming_it_and_its_position(int codePoint, string name)
    {
        var bag = new DiagnosticBag();

        Assert.Null(CellReader.Code(Code(codePoint), Cell, "municipality code", bag));

        var problem = Assert.Single(bag.ToSortedList());
        Assert.Equal("invisible-character", problem.Rule);
        Assert.Contains($"U+{Hex(codePoint)} {name} at character 4 of 'pri\\u{Hex(codePoint)}zren'", problem.Message);
    }

    [Theory]
    [MemberData(nameof(Characters))]
    public void A_name_holding_the_character_is_refused_naming_it(int codePoint, string name)
    {
        var bag = new DiagnosticBag();

        Assert.Null(CellReader.Text("Graçanicë" + new Rune(codePoint), Cell, "name_sq", bag));

        Assert.Contains($"U+{Hex(codePoint)} {name} at character 10 of", Assert.Single(bag.ToSortedList()).Message);
    }

    [Fact]
    public void Every_default_ignorable_code_point_is_hidden()
    {
        // Default_Ignorable_Code_Point, Unicode 15.1 (DerivedCoreProperties.txt), range by range.
        (int First, int Last)[] ranges =
        [
            (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F),
            (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF),
            (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
        ];
        foreach (var (first, last) in ranges)
            for (var c = first; c <= last; c++)
                Assert.True(HiddenCharacters.IsHidden(new Rune(c)), $"U+{Hex(c)}");
    }

    [Theory]
    [InlineData("Graçanicë/Gračanica")]
    [InlineData("Грачаница")]
    [InlineData("Mitrovicë e Veriut")]
    [InlineData("Štrpce")]
    [InlineData("Kosovo\u00A0Polje")]
    public void Names_in_the_editions_alphabets_are_accepted(string name)
    {
        var bag = new DiagnosticBag();

        Assert.Equal(name, CellReader.Text(name, Cell, "name_sq", bag));
        Assert.Empty(bag.ToSortedList());
    }

    [Fact]
    public void A_language_code_holding_a_blank_looking_character_is_refused_naming_it()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("config.yaml", "languages: [sq, sr, en]", "languages: [sq, sr, \"en\u3164\"]");

        Assert.Contains(ws.Problems(), p => p.StartsWith("data/config.yaml:3:", StringComparison.Ordinal)
            && p.Contains("U+3164 HANGUL FILLER at character 3 of 'en\\u3164'", StringComparison.Ordinal));
    }
}
