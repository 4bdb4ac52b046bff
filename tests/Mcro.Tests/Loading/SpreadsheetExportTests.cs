namespace Mcro.Tests.Loading;

/// <summary>
/// What Excel and LibreOffice add around the data when they save CSV: empty cells after the last column and Excel's
/// "sep=" first line. They are read as the plain file; line numbers stay the file's own.
/// </summary>
public sealed class SpreadsheetExportTests
{
    [Fact]
    public void Empty_cells_after_the_last_column_are_ignored_in_the_header_and_in_every_row()
    {
        using var ws = DataWorkspace.CopyOf();
        var plain = ws.Validate().Value!.Years[2019].Staff;
        ws.Write("2019/staff.csv", string.Join('\n', ws.Read("2019/staff.csv").TrimEnd('\n').Split('\n').Select(l => l + ";;").Select(l => l.Replace(',', ';'))) + "\n");

        var result = ws.Validate();

        Assert.Empty(result.Problems);
        Assert.Equal(plain.Select(s => (s.Municipality, s.Community, s.Gender)), result.Value!.Years[2019].Staff.Select(s => (s.Municipality, s.Community, s.Gender)));
    }

    [Fact]
    public void A_value_after_the_last_column_is_still_a_row_too_long()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/staff.csv", "municipality,position,community,gender", "municipality,position,community,gender,,");
        ws.Replace("2019/staff.csv", "ferizaj,staff,serbian,male", "ferizaj,staff,serbian,male,,x");

        Assert.Equal(["data/2019/staff.csv:5:E: row has 6 values but the header has 4 columns"], ws.Problems());
    }

    [Theory]
    [InlineData("sep=;", ';')]
    [InlineData("sep=,", ',')]
    [InlineData("SEP=;", ';')]
    public void Excels_sep_line_sets_the_delimiter_and_is_not_the_header(string line, char delimiter)
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("communities.csv", line + "\r\n" + ws.Read("communities.csv").Replace(',', delimiter));

        var result = ws.Validate();

        Assert.Empty(result.Problems);
        Assert.Equal(["albanian", "serbian", "turkish"], result.Value!.Communities.Select(c => c.Code));
    }

    [Fact]
    public void After_a_sep_line_problems_name_the_files_own_line_numbers()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("2019/staff.csv", "sep=,\n" + ws.Read("2019/staff.csv").Replace("zvecan,staff,albanian,male", "zvecan,staff,albanian,m", StringComparison.Ordinal));

        Assert.Equal(["data/2019/staff.csv:14:D (gender): gender: 'm' is not allowed; use one of: female, male"], ws.Problems());
    }

    [Fact]
    public void After_a_sep_line_a_header_problem_is_on_line_2()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("2019/staff.csv", "sep=;\n" + ws.Read("2019/staff.csv").Replace(',', ';').Replace("gender", "gendr", StringComparison.Ordinal));

        Assert.Equal(["data/2019/staff.csv:2:D: unknown column 'gendr'; did you mean 'gender'? (expected: municipality, position, community, gender)"], ws.Problems());
    }

    [Fact]
    public void A_sep_line_naming_another_separator_is_refused_with_what_mcro_reads()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("communities.csv", "sep=|\n" + ws.Read("communities.csv").Replace(',', '|'));

        Assert.Equal(["data/communities.csv:1:5: the first line 'sep=|' names the separator '|'; mcro reads CSV separated by commas or semicolons (sep=, or sep=;)"], ws.Problems());
    }
}
