using Mcro.Review;

namespace Mcro.Tests.Review;

public sealed class ReaderTextTests
{
    [Fact]
    public void Reads_headings_prose_charts_and_table_rows_one_line_each_without_markup()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>Sheet 2019</title><style>p { color: red }</style></head>
            <body><h1>MOCRs   in
            2019</h1><p>35 of <strong>38</strong> have one.</p><script>var x = "<p>no</p>";</script>
            <figure><figcaption>Work plans</figcaption>
            <svg><title>Work plans</title><desc>Yes: 33; No: 2.</desc><text>33</text></svg>
            <table><tr><th>Yes</th><td>33</td></tr><tr><th>No</th><td>2</td></tr></table></figure>
            <ul><li>one</li><li><p>a</p><p>b</p></li></ul><p hidden>secret</p></body></html>
            """;

        Assert.Equal(
            ["Sheet 2019", "MOCRs in 2019", "35 of 38 have one.", "Work plans", "chart: Work plans — Yes: 33; No: 2.", "Yes | 33", "No | 2", "one", "a", "b"],
            ReaderText.Of(html));
    }

    [Fact]
    public void A_chart_file_reads_as_its_title_and_description()
    {
        Assert.Equal("chart: Tasks — 0: 1; 1: 2.", ReaderText.OfChart("<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Tasks</title><desc>0: 1; 1: 2.</desc></svg>"));
        Assert.Null(ReaderText.OfChart("<svg><rect/></svg>"));
    }

    [Fact]
    public void Line_diff_pairs_the_lines_before_with_the_lines_after()
    {
        var hunks = Mcro.Review.LineDiff.Hunks(["a", "b", "c", "d"], ["a", "B", "c", "d", "e"]);

        Assert.Equal(2, hunks.Count);
        Assert.Equal(["b"], hunks[0].Before);
        Assert.Equal(["B"], hunks[0].After);
        Assert.Empty(hunks[1].Before);
        Assert.Equal(["e"], hunks[1].After);
        Assert.Empty(Mcro.Review.LineDiff.Hunks(["x"], ["x"]));
    }

    [Fact]
    public void Line_diff_script_numbers_removed_lines_from_before_and_the_others_from_after()
    {
        var script = Mcro.Review.LineDiff.Script(["a", "b", "c"], ["a", "c", "d"]);

        Assert.Equal(
            [new(LineEditKind.Keep, 1, "a"), new(LineEditKind.Remove, 2, "b"), new(LineEditKind.Keep, 2, "c"), new(LineEditKind.Add, 3, "d")],
            script);
    }
}
