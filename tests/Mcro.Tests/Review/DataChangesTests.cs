using Mcro.Review.Data;
using Mcro.Tests.Site;

namespace Mcro.Tests.Review;

/// <summary>
/// The data's own changes, as the data team edits them: a cell by its file, line, column and row; rows by their key, never
/// by line number; texts by their key; in the dataset's own spelling of each municipality.
/// </summary>
public sealed class DataChangesTests() : TempFolderTest("mcro-data-changes-")
{
    private string Copy(string name)
    {
        var folder = Work.PathOf(name);
        FolderCopy.Copy(SiteFixture.DataFolder, folder);
        return folder;
    }

    private static void Edit(string file, string oldText, string newText)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(oldText, text);
        File.WriteAllText(file, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>Both sides named "data", as the repository names the folder, so places read as the reviewer opens them.</summary>
    private (string Old, string New, Func<DataChanges> Compare) Pair()
    {
        var old = Copy("old");
        var now = Copy("new");
        return (old, now, () => DataComparer.Compare(DataTables.Read(old, "data"), DataTables.Read(now, "data")));
    }

    [Fact]
    public void Identical_data_has_no_change()
    {
        var (_, _, compare) = Pair();

        Assert.True(compare().IsEmpty);
    }

    [Fact]
    public void One_answer_is_one_cell_named_by_file_line_column_header_and_municipality_in_the_datasets_languages()
    {
        var (_, now, compare) = Pair();
        Edit(Path.Combine(now, "2019/offices.csv"), "novoberde,yes,yes,yes,yes,yes,", "novoberde,yes,yes,yes,yes,no,");

        var cell = Assert.IsType<CellChange>(Assert.Single(compare().Changes));

        Assert.Equal("data/2019/offices.csv:6:F (coordination)", cell.Where.ToString());
        Assert.Equal("Novobërdë/Novo Brdo", cell.Row);
        Assert.Equal(("yes", "no"), (cell.Before, cell.After));
        Assert.Equal("2019/offices.csv", cell.File);
    }

    [Fact]
    public void A_row_inserted_in_the_middle_is_one_row_added_not_every_row_after_it_changed()
    {
        var (_, now, compare) = Pair();
        Edit(Path.Combine(now, "2019/offices.csv"), "\nmamushe,", "\nleposaviq,yes,yes,no,no,no,no,no,no,no,no\nmamushe,");

        var row = Assert.IsType<RowChange>(Assert.Single(compare().Changes));

        Assert.True(row.Added);
        Assert.Equal("data/2019/offices.csv:4", row.Where.ToString());
        Assert.Equal("Leposaviq/Leposavić", row.Row);
        Assert.Equal("leposaviq", row.Values[0]);
    }

    [Fact]
    public void A_row_removed_is_named_at_its_line_in_the_older_file()
    {
        var (_, now, compare) = Pair();
        Edit(Path.Combine(now, "2019/offices.csv"), "gracanice,yes,yes,yes,yes,yes,no,yes,no,yes,yes\n", "");

        var row = Assert.IsType<RowChange>(Assert.Single(compare().Changes));

        Assert.False(row.Added);
        Assert.Equal("data/2019/offices.csv:3", row.Where.ToString());
        Assert.Equal("Graçanicë/Gračanica", row.Row);
    }

    [Fact]
    public void A_staff_member_changed_is_one_cell_though_the_municipality_lists_several()
    {
        var (_, now, compare) = Pair();
        Edit(Path.Combine(now, "2019/staff.csv"), "gracanice,staff,roma,female", "gracanice,staff,roma,male");

        var cell = Assert.IsType<CellChange>(Assert.Single(compare().Changes));

        Assert.Equal("data/2019/staff.csv:8:D (gender)", cell.Where.ToString());
        Assert.Equal(("female", "male"), (cell.Before, cell.After));
    }

    [Fact]
    public void Columns_in_another_order_are_no_change_and_a_column_added_is_one_change()
    {
        var (_, now, compare) = Pair();
        var path = Path.Combine(now, "2019/staff.csv");
        var lines = File.ReadAllLines(path).Select(l => l.Split(',')).Select(c => string.Join(',', c[3], c[0], c[2], c[1]));
        File.WriteAllLines(path, lines);
        Edit(Path.Combine(now, "municipalities.csv"), "locative_sr\n", "locative_sr,locative_en\n");

        var column = Assert.IsType<ColumnChange>(Assert.Single(compare().Changes));

        Assert.True(column.Added);
        Assert.Equal("data/municipalities.csv:1:I (locative_en)", column.Where.ToString());
    }

    [Fact]
    public void A_municipality_renamed_is_a_cell_of_the_reference_list_named_by_its_new_spelling()
    {
        var (_, now, compare) = Pair();
        Edit(Path.Combine(now, "municipalities.csv"), "novoberde,Novobërdë,Novo Brdo,", "novoberde,Novobërdë,Novo Brdo (opština),");

        var cell = Assert.IsType<CellChange>(Assert.Single(compare().Changes));

        Assert.Equal("data/municipalities.csv:6:C (name_sr)", cell.Where.ToString());
        // Every spelling the data has, once: sr's new one, and en's that still reads "Novo Brdo".
        Assert.Equal("Novobërdë/Novo Brdo (opština)/Novo Brdo", cell.Row);
        Assert.Equal(("Novo Brdo", "Novo Brdo (opština)"), (cell.Before, cell.After));
    }

    [Fact]
    public void A_word_changed_in_a_translation_is_that_text_by_its_key_and_place()
    {
        var (_, now, compare) = Pair();
        Edit(Path.Combine(now, "i18n/sr.yaml"), "note: \"Napomena\"", "note: \"Beleška\"");

        var text = Assert.IsType<DataTextChange>(Assert.Single(compare().Changes));

        Assert.Equal("site.note", text.Key);
        Assert.Equal("data/i18n/sr.yaml:11:10", text.Where.ToString());
        Assert.Equal(("Napomena", "Beleška"), (text.Before, text.After));
    }

    [Fact]
    public void An_exclusion_added_is_named_by_its_municipality_and_a_year_added_is_one_change_per_file()
    {
        var (_, now, compare) = Pair();
        Edit(Path.Combine(now, "2019/notes.yaml"), "exclusions: []", "exclusions:\n  - municipality: junik\n    tasks: all\n    reason:\n      sq: \"S'ka zyrë\"\n      sr: \"Nema kancelarije\"\n      en: \"No office\"");
        FolderCopy.Copy(Path.Combine(now, "2019"), Path.Combine(now, "2020"));

        var changes = compare().Changes;

        Assert.Equal(["2019/notes.yaml", "2020/notes.yaml", "2020/offices.csv", "2020/staff.csv"], changes.Select(c => c.File).Distinct());
        var added = changes.OfType<DataTextChange>().Where(c => c.File == "2019/notes.yaml").ToList();
        Assert.Equal(["exclusions[junik].municipality", "exclusions[junik].tasks", "exclusions[junik].reason.sq", "exclusions[junik].reason.sr", "exclusions[junik].reason.en"], added.Select(c => c.Key));
        Assert.All(added, c => Assert.Null(c.Before));
        var offices = Assert.Single(changes.OfType<FileChange>(), c => c.File == "2020/offices.csv");
        Assert.True(offices.Added);
        Assert.Equal(5, offices.Entries);
    }
}
