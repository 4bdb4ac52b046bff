using Mcro.Cli.Output;
using Mcro.Review;
using Mcro.Tests.Site;

namespace Mcro.Tests.Review;

/// <summary>
/// The reviewer's report on realistic pull requests against the sample: its opening lines say what changed in the
/// data's and the page's own terms, and the part outside &lt;details&gt; fits the line budget (30 lines, 60 for a year).
/// </summary>
public sealed class ReviewReportTests() : TempFolderTest("mcro-review-")
{
    private string Copy(string name)
    {
        var folder = Work.PathOf(name);
        FolderCopy.Copy(SiteFixture.DataFolder, folder);
        return folder;
    }

    private static CliRun Markdown(string old, string now) =>
        CliRun.Of(["diff", old, now, "--format", "markdown", "--templates", SiteFixture.TemplatesFolder]);



    [Fact]
    public void One_changed_answer_shows_its_figures_once_as_the_page_formats_them_within_thirty_lines()
    {
        var old = Copy("old");
        var now = Copy("new");
        ReviewedData.Edit(Path.Combine(now, "2019/offices.csv"), "novoberde,yes,yes,yes,yes,yes,", "novoberde,yes,yes,yes,yes,no,");

        var run = Markdown(old, now);

        var lines = run.Output.Split('\n');
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"**mcro diff {old} {now}: 1 data change: 1 cell; a reader would see 8 figures, 16 texts, 4 charts in sq (the same change in sr, en, sr-Cyrl)**", lines[0].Replace("\\", "", StringComparison.Ordinal));
        Assert.Equal("", lines[1]);
        Assert.Equal($"- `{now}/2019/offices.csv:6:F (coordination)` · Novobërdë/Novo Brdo · yes → no", lines[2]);
        Assert.Equal("", lines[3]);
        Assert.Equal("**Figures**, as the `sq` edition shows them (the same in every edition):", lines[4]);
        Assert.Contains("| 2019 · change · tasks · performed · coordination | -20,0 p.p. | -40,0 p.p. |", lines);
        Assert.Contains("| 2019 · change · tasks performed · mean | +0,3 | +0,1 |", lines);
        Assert.Single(lines, l => l.StartsWith("| 2019 · tasks · performed · coordination |", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("0.0", StringComparison.Ordinal));
        Assert.Contains("**Pages and charts** in `sq` (the same change in `sr`, `en`, `sr-Cyrl`):", lines);
        Assert.True(ReviewedData.Unfolded(run.Output).Count <= 30, run.Output);
    }

    [Fact]
    public void One_word_changed_in_sr_yaml_shows_that_word_in_sr_and_sr_Cyrl_only()
    {
        var old = Copy("old");
        var now = Copy("new");
        ReviewedData.Edit(Path.Combine(now, "i18n/sr.yaml"), "note: \"Napomena\"", "note: \"Beleška\"");

        var run = Markdown(old, now);

        var lines = run.Output.Split('\n');
        Assert.Equal(1, run.ExitCode);
        Assert.EndsWith(": 1 data change: 1 text; a reader would see the same change on 5 pages**", lines[0]);
        Assert.Equal($"- `{now}/i18n/sr.yaml:11:10` · `site.note` · Napomena → Beleška", lines[2]);
        Assert.Equal("**Pages and charts** in `sr` (the same change in `sr-Cyrl`):", lines[4]);
        Assert.StartsWith("- the same change on 2 profiles (2018), 2 sheets (2018, 2019), 1 trends page: e.g. ~~Napomena~~ **Beleška**", lines[6]);
        Assert.DoesNotContain(lines, l => l.Contains("`sq`", StringComparison.Ordinal) || l.Contains("`en`", StringComparison.Ordinal) || l.Contains("/sq/", StringComparison.Ordinal));
        Assert.True(ReviewedData.Unfolded(run.Output).Count <= 30, run.Output);
    }

    [Fact]
    public void A_new_year_is_its_headline_figures_beside_the_year_before_within_sixty_lines()
    {
        var old = Copy("old");
        var now = Copy("new");
        Assert.Equal(0, CliRun.Of("new-year", "2020", "--data", now).ExitCode);
        // Published: new-year writes the year as a draft, which diff leaves out.
        ReviewedData.Edit(Path.Combine(now, "2020/year.yaml"), "\nstatus: draft\n", "\nstatus: published\n");
        File.Copy(Path.Combine(now, "2019/offices.csv"), Path.Combine(now, "2020/offices.csv"), overwrite: true);
        File.Copy(Path.Combine(now, "2019/staff.csv"), Path.Combine(now, "2020/staff.csv"), overwrite: true);
        ReviewedData.Edit(Path.Combine(now, "2020/offices.csv"), "\nprizren,yes,", "\nprizren,no,");

        var run = Markdown(old, now);

        var lines = run.Output.Split('\n');
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(": 4 data changes: 4 files added; a reader would see 1 year added, ", lines[0]);
        var year = Array.FindIndex(lines, l => l.StartsWith("**2020 added**, beside 2019: 4 editions, ", StringComparison.Ordinal));
        Assert.True(year > 0, run.Output);
        Assert.Equal("| figure | 2019 | 2020 | change |", lines[year + 2]);
        Assert.Equal("| 2020 · offices | 5 | 5 | 0 |", lines[year + 4]);
        Assert.Equal("| 2020 · work plans · yes | 4 | 3 | -1 |", lines[year + 5]);
        Assert.Contains(lines, l => l.StartsWith("- the same change on ", StringComparison.Ordinal) && l.EndsWith(": **2020**", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("edition added", StringComparison.Ordinal));
        Assert.True(ReviewedData.Unfolded(run.Output).Count <= 60, run.Output);
        // Every change in the year's table is the difference of the two values it shows, as on the sheet.
        var table = lines.Skip(year + 4).TakeWhile(l => l.StartsWith('|')).ToList();
        Assert.NotEmpty(table);
        foreach (var row in table)
        {
            var cells = row.Split('|', StringSplitOptions.TrimEntries)[2..5];
            if (cells.Select(Number).ToList() is [{ } before, { } after, { } change]) Assert.True(after - before == change, row);
        }
    }

    [Fact]
    public void A_new_years_changes_are_the_differences_of_the_values_shown_as_on_its_sheet()
    {
        // The sample's 2020 has changes whose exact difference rounds otherwise than the rounded values' difference
        // (participation 0,9 lower on the exact numbers, 0,8 on the sheet): the report must say what the sheet says.
        var old = Work.PathOf("old");
        var now = Work.PathOf("new");
        FolderCopy.Copy(RepositoryRoot.Data, old);
        FolderCopy.Copy(RepositoryRoot.Data, now);
        Directory.Delete(Path.Combine(old, "2020"), recursive: true);

        var run = CliRun.Of(["diff", old, now, "--format", "markdown", "--templates", Path.Combine(RepositoryRoot.Path, "templates")]);

        var lines = run.Output.Split('\n');
        var year = Array.FindIndex(lines, l => l.StartsWith("**2020 added**, beside 2019", StringComparison.Ordinal));
        Assert.True(year > 0, run.Output);
        var rows = lines.Skip(year + 4).TakeWhile(l => l.StartsWith('|')).Select(l => l.Split('|', StringSplitOptions.TrimEntries)[2..5].Select(Number).ToList())
            .Where(r => r is [not null, not null, not null]).ToList();
        Assert.True(rows.Count >= 5, run.Output);
        Assert.All(rows, r => Assert.Equal(r[1] - r[0], r[2]));
    }

    /// <summary>A number as the sq page writes it ("91,2%", "-5,9 p.p.", "+1"); null for a dash or a word.</summary>
    private static decimal? Number(string cell)
    {
        var digits = cell.Replace("p.p.", "", StringComparison.Ordinal).Replace("%", "", StringComparison.Ordinal)
            .Replace('\u2212', '-').Replace(".", "", StringComparison.Ordinal).Replace(',', '.').Trim();
        return decimal.TryParse(digits, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    [Fact]
    public void A_reference_data_change_opens_with_its_cell_and_shows_the_new_name_in_one_edition()
    {
        var old = Copy("old");
        var now = Copy("new");
        ReviewedData.Edit(Path.Combine(now, "municipalities.csv"), "prizren,Prizren,Prizren,Prizren,", "prizren,Prizreni,Prizren,Prizren,");

        var run = Markdown(old, now);

        var lines = run.Output.Split('\n');
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(": 1 data change: 1 cell; a reader would see ", lines[0]);
        Assert.Equal($"- `{now}/municipalities.csv:2:B (name_sq)` · Prizreni/Prizren · Prizren → Prizreni", lines[2]);
        Assert.Equal("**Pages and charts** in `sq`:", lines[4]);
        Assert.StartsWith("- the same change on 2 profiles (2018, 2019), 2 sheets (2018, 2019), 1 municipality index: e.g. ~~Prizren~~ **Prizreni**", lines[6]);
        Assert.DoesNotContain(lines, l => l.Contains("`sr`", StringComparison.Ordinal));
        Assert.True(ReviewedData.Unfolded(run.Output).Count <= 30, run.Output);
    }

    [Fact]
    public void An_exclusion_added_is_one_data_change_and_its_pages_within_thirty_lines()
    {
        var old = Copy("old");
        var now = Copy("new");
        ReviewedData.Edit(Path.Combine(now, "2019/notes.yaml"), "exclusions: []", "exclusions:\n  - municipality: junik\n    tasks: [coordination]\n    reason:\n      sq: \"Arsye.\"\n      sr: \"Razlog.\"\n      en: \"A reason.\"");
        ReviewedData.Edit(Path.Combine(now, "2019/offices.csv"), "\njunik,no,yes,yes,yes,no,", "\njunik,no,yes,yes,yes,n/a,");

        var run = Markdown(old, now);

        var lines = run.Output.Split('\n');
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(": 6 data changes: 1 cell, 5 texts added; a reader would see 5 figures, ", lines[0]);
        Assert.Equal($"- `{now}/2019/notes.yaml:2:19` · `exclusions[junik].municipality` added · **junik**", lines[2]);
        Assert.Equal($"- `{now}/2019/offices.csv:5:F (coordination)` · Junik · ~~no~~ **n/a**", lines[7]);
        Assert.Contains("| 2019 · tasks · excluded · coordination | 0 | 1 |", lines);
        Assert.Contains("**Figures**, as the `sq` edition shows them (the same in every edition):", lines);
        Assert.True(ReviewedData.Unfolded(run.Output).Count <= 30, run.Output);
    }

    [Fact]
    public void An_edition_switched_off_is_named_once_per_year_not_page_by_page()
    {
        var old = Copy("old");
        var now = Copy("new");
        ReviewedData.Edit(Path.Combine(now, "config.yaml"), "cyrillic_edition: true", "cyrillic_edition: false");

        var run = Markdown(old, now);

        var lines = run.Output.Split('\n');
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"**mcro diff {old} {now}: 1 data change: 1 text; a reader would see 2 editions removed, ", lines[0].Replace("\\", "", StringComparison.Ordinal));
        Assert.Equal($"- `{now}/config.yaml:5:19` · `cyrillic_edition` · true → false", lines[2]);
        Assert.Equal("- edition `sr-Cyrl` switched off, with 19 files beside its years (the pages of all years: landing, index, trends …)", lines[4]);
        Assert.Equal("- edition removed: `2018/sr-Cyrl`", lines[5]);
        Assert.DoesNotContain(lines, l => l.StartsWith("- removed: ", StringComparison.Ordinal));
        Assert.True(ReviewedData.Unfolded(run.Output).Count <= 30, run.Output);
    }

    [Fact]
    public void A_report_past_its_size_is_cut_with_how_many_more_and_closes_its_blocks()
    {
        // Words unlike on every page (numbers alone would make them one repeated change).
        static string Word(int i) => string.Concat(i.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)('a' + c - '0')));
        var texts = Enumerable.Range(0, 2000).Select(i => new TextChange($"municipalities/m{i}/index.html", [$"Line {Word(i)} was here, long enough to count"], [$"Line {Word(i)} is here now, long enough to count and unlike {Word(i * 7)}"])).ToList();
        var changes = new SiteChanges([], [], [], [], [new UnitChanges("2019/sq", [], texts, [])]) { DefaultEdition = "sq", EditionOrder = ["sq"] };
        var output = new StringWriter { NewLine = "\n" };

        DiffMarkdownWriter.Write(Mcro.Review.Report.ReviewReportBuilder.Of(changes), output, "mcro diff", 20_000);

        var text = output.ToString();
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(text) < 24_000, $"{text.Length} characters");
        Assert.Matches(@"\n… \d+ more entries not shown: the report stops at 19 KB", text);
        Assert.Equal(text.Split("<details>").Length, text.Split("</details>").Length);
    }
}
