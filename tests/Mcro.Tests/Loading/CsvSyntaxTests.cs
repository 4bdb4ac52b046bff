
namespace Mcro.Tests.Loading;

/// <summary>Broken CSV is reported at the exact line and column, once, instead of being silently repaired.</summary>
public sealed class CsvSyntaxTests
{
    [Fact]
    public void Empty_file_needs_its_header_line()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("2019/staff.csv", "");

        Assert.Equal(["data/2019/staff.csv:1:1: file is empty; it needs at least its header line"], ws.Problems());
    }

    [Fact]
    public void File_of_blank_lines_is_empty()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("2019/staff.csv", " \r\n\r\n  \n");

        Assert.Equal(["data/2019/staff.csv:1:1: file is empty; it needs at least its header line"], ws.Problems());
    }

    [Fact]
    public void File_of_only_delimiters_has_no_header_line()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("2019/staff.csv", ",,,\n , ,\n");

        Assert.Equal(["data/2019/staff.csv:1:1: file has no header line"], ws.Problems());
    }

    [Fact]
    public void Header_without_rows_is_a_file_with_no_rows()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("2019/staff.csv", "municipality,position,community,gender\n");

        var result = ws.Validate();

        Assert.Empty(result.Problems);
        Assert.Empty(result.Value!.Years[2019].Staff);
    }

    [Fact]
    public void Unclosed_quote_is_reported_where_it_opens()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("communities.csv", "serbian,Serbë,Srbi,Serbian", "serbian,\"Serbë,Srbi,Serbian");

        Assert.Equal(
            ["data/communities.csv:3:B (name_sq): this quote is never closed; the rest of the file was read as one value"],
            ws.Problems());
    }

    [Fact]
    public void Stray_quote_inside_an_unquoted_value_is_reported_at_the_quote()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("communities.csv", "serbian,Serbë,Srbi,Serbian", "serbian,Serbë,Srbi \"Srbija\",Serbian");

        Assert.Equal(
            ["data/communities.csv:3:C (name_sr): quote inside an unquoted value; put the whole value in quotes and double the inner quote (\"\")"],
            ws.Problems());
    }

    [Fact]
    public void Text_after_a_closing_quote_is_reported_where_it_starts()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("communities.csv", "serbian,Serbë,Srbi,Serbian", "serbian,\"Serbë\" e,Srbi,Serbian");

        Assert.Equal(["data/communities.csv:3:B (name_sq): text after a closing quote; the value's quotes are unbalanced"], ws.Problems());
    }

    [Fact]
    public void Every_quoting_mistake_of_a_file_is_reported_in_one_run()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("communities.csv", "albanian,Shqiptarë", "albanian,Shqip\"tarë");
        ws.Replace("communities.csv", "turkish,Turq", "turkish,\"Turq\"x");

        Assert.Equal(
            [
                "data/communities.csv:2:B (name_sq): quote inside an unquoted value; put the whole value in quotes and double the inner quote (\"\")",
                "data/communities.csv:4:B (name_sq): text after a closing quote; the value's quotes are unbalanced",
            ],
            ws.Problems());
    }

    [Fact]
    public void Row_with_too_few_values_is_reported_at_its_last_value()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/offices.csv", "ferizaj,yes,no,yes,no,yes,yes,yes,no,yes,yes", "ferizaj,yes,no,yes,no,yes,yes,yes,no,yes");

        Assert.Equal(["data/2018/offices.csv:3:J (advice): row has 10 values but the header has 11 columns"], ws.Problems());
    }

    [Fact]
    public void Row_with_too_many_values_is_reported_at_the_first_extra_value()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/staff.csv", "junik,head,albanian,male", "junik,head,albanian,male,Agim");

        Assert.Equal(["data/2018/staff.csv:10:E: row has 5 values but the header has 4 columns"], ws.Problems());
    }

    [Fact]
    public void Value_longer_than_the_limit_is_a_broken_file()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("communities.csv", "Turkish", new string('x', Mcro.Loading.CsvTableReader.MaxFieldChars + 1));

        Assert.Equal(
            ["data/communities.csv:4:D (name_en): a value of 10001 characters; mcro accepts values up to 10000: the file is probably broken (an unclosed quote?)"],
            ws.Problems());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_value_of_exactly_the_limit_is_read_quoted_or_not(bool quoted)
    {
        using var ws = DataWorkspace.CopyOf();
        var name = new string('x', Mcro.Loading.CsvTableReader.MaxFieldChars - 1) + "\"";
        ws.Replace("communities.csv", "Turkish", quoted ? "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : name[..^1] + "x");

        var result = ws.Validate();

        Assert.Empty(result.Problems);
        Assert.Equal(Mcro.Loading.CsvTableReader.MaxFieldChars, result.Value!.Communities.Single(c => c.Code == "turkish").Name["en"].Length);
    }

    [Fact]
    public void A_quoted_value_one_character_over_the_limit_is_refused_at_its_cell()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("communities.csv", "Turkish", "\"" + new string('x', Mcro.Loading.CsvTableReader.MaxFieldChars + 1) + "\"");

        Assert.Equal(
            ["data/communities.csv:4:D (name_en): a value of 10001 characters; mcro accepts values up to 10000: the file is probably broken (an unclosed quote?)"],
            ws.Problems());
    }
}
