using Mcro.Diagnostics;

namespace Mcro.Tests.Loading;

/// <summary>A CSV cell is named as the spreadsheet shows it: column letter and header, not a character count.</summary>
public sealed class SpreadsheetColumnTests
{
    [Theory]
    [InlineData(0, "A")]
    [InlineData(4, "E")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    [InlineData(51, "AZ")]
    [InlineData(52, "BA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Columns_are_lettered_as_in_a_spreadsheet(int index, string letter) =>
        Assert.Equal(letter, SpreadsheetColumn.LetterOf(index));

    [Fact]
    public void A_cell_prints_its_line_letter_and_header_in_place_of_the_character_column()
    {
        var at = new SourceLocation("data/2019/offices.csv", 6, 25) { Cell = new SpreadsheetColumn(4, "coordination") };

        Assert.Equal("data/2019/offices.csv:6:E (coordination)", at.ToString());
    }

    [Fact]
    public void A_cell_without_header_prints_its_letter_alone()
    {
        var at = new SourceLocation("data/2019/staff.csv", 3, 30) { Cell = new SpreadsheetColumn(4, "") };

        Assert.Equal("data/2019/staff.csv:3:E", at.ToString());
    }

    [Fact]
    public void A_cell_named_by_a_later_stage_keeps_its_letter_and_header()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/staff.csv", "zvecan,staff,albanian,male", "zvecan,staff,albanian,m");

        Assert.Equal(["data/2019/staff.csv:13:D (gender): gender: 'm' is not allowed; use one of: female, male"], ws.Problems());
    }
}
