using Mcro.Review;
using Mcro.Review.Data;
using Mcro.Tests.Mechanisms;

namespace Mcro.Tests.Review;

/// <summary>
/// The data's changes cover the series: a mechanism's year tables by cell and row in the data's terms, its definition's
/// and notes' texts by key and line, communities-living.csv by municipality and community; and the series' figures that
/// follow, as the mechanism's sheet counts them.
/// </summary>
public sealed class DiffSeriesTests
{
    private static (DataChanges Data, IReadOnlyList<MechanismFigureChange> Figures) Compare(Action<DataWorkspace> edit)
    {
        using var old = SeriesWorkspace.Create();
        using var now = SeriesWorkspace.Create();
        edit(now);
        var data = DataComparer.Compare(DataTables.Read(old.Root, "data"), DataTables.Read(now.Root, "data"));
        var figures = MechanismFigureComparer.Compare(old.Validate().Value, now.Validate().Value);
        return (data, figures);
    }

    private static string Line(DataChange change) => change switch
    {
        CellChange c => $"{c.Where} · {c.Row} · {c.Before} → {c.After}",
        RowChange r => $"{r.Where} · row {(r.Added ? "added" : "removed")} · {r.Row} · {string.Join(", ", r.Values)}",
        DataTextChange t => $"{t.Where} · {t.Key} · {t.Before ?? "(none)"} → {t.After ?? "(none)"}",
        _ => change.ToString(),
    };

    private static string Line(MechanismFigureChange f) => $"{f.Figure} · {f.Before ?? "(none)"} → {f.After ?? "(none)"}";

    [Fact]
    public void Identical_series_data_has_no_change()
    {
        var (data, figures) = Compare(_ => { });

        Assert.True(data.IsEmpty);
        Assert.Empty(figures);
    }

    [Fact]
    public void A_changed_answer_of_a_mechanism_is_its_cell_named_like_an_offices_cell_and_its_figures_follow()
    {
        var (data, figures) = Compare(ws => ws.Replace("2019/cm/municipalities.csv", "ferizaj,yes,no,no,yes", "ferizaj,yes,no,yes,yes"));

        Assert.Equal(["data/2019/cm/municipalities.csv:3:D (advice) · Ferizaj/Uroševac · no → yes"],
            data.Changes.Select(Line));
        Assert.Equal(["cm 2019 · duties · advice · yes · 2 → 3", "cm 2019 · duties · advice · no · 1 → 0"], figures.Select(Line));
    }

    [Fact]
    public void A_status_changed_is_one_cell_and_every_figure_it_moves()
    {
        var (data, figures) = Compare(ws => ws.Replace("2019/cm/municipalities.csv", "junik,no,,,", "junik,vacant,,,"));

        Assert.Equal(["data/2019/cm/municipalities.csv:6:B (status) · Junik · no → vacant"], data.Changes.Select(Line));
        Assert.Equal(
            ["cm 2019 · establishment · established · 4 → 5", "cm 2019 · establishment · established optional · 2 → 3", "cm 2019 · establishment · vacant · 1 → 2"],
            figures.Select(Line));
    }

    [Fact]
    public void People_added_and_removed_are_rows_by_municipality()
    {
        var (data, figures) = Compare(ws => ws
            .Replace("2019/cm/people.csv", "zvecan,serbian,male\n", "zvecan,serbian,male\nzvecan,albanian,female\n")
            .Replace("2019/cm/people.csv", "ferizaj,albanian,male\n", ""));

        Assert.Equal(
            [
                "data/2019/cm/people.csv:6 · row added · Zveçan/Zvečan · zvecan, albanian, female",
                "data/2019/cm/people.csv:4 · row removed · Ferizaj/Uroševac · ferizaj, albanian, male",
            ],
            data.Changes.Select(Line));
        // Zveçan's albanian member represents them there, Ferizaj's left: still one municipality without one.
        Assert.Equal(
            ["cm 2019 · people · women · 2 → 3", "cm 2019 · people · men · 3 → 2", "cm 2019 · people · women · Shqiptarë · 1 → 2", "cm 2019 · people · men · Shqiptarë · 2 → 1"],
            figures.Select(Line));
    }

    [Fact]
    public void A_definitions_text_is_named_by_its_key_and_line_and_a_duty_by_its_key()
    {
        var (data, figures) = Compare(ws => ws
            .Replace("mechanisms/cm.yaml", "en: \"The mandate.\"", "en: \"The new mandate.\"")
            .Replace("mechanisms/cm.yaml", "en: \"Outreach\"", "en: \"Outreach to communities\""));

        Assert.Equal(
            [
                "data/mechanisms/cm.yaml:5:48 · mandate.en · The mandate. → The new mandate.",
                "data/mechanisms/cm.yaml:20:46 · duties[outreach].label.en · Outreach → Outreach to communities",
            ],
            data.Changes.Select(Line));
        Assert.Empty(figures);
    }

    [Fact]
    public void A_mechanisms_note_is_named_by_its_key_and_line()
    {
        var (data, _) = Compare(ws => ws.Replace("2019/cm/notes.yaml", "en: \"The reason\"", "en: \"Another reason\""));

        Assert.Equal(["data/2019/cm/notes.yaml:4:49 · exclusions[gjakove].reason.en · The reason → Another reason"], data.Changes.Select(Line));
    }

    [Fact]
    public void A_share_changed_in_communities_living_names_the_municipality_and_the_community_and_moves_the_mandatory_count()
    {
        var (data, figures) = Compare(ws => ws.Replace("communities-living.csv", "zvecan,albanian,9.99,,", "zvecan,albanian,10,,"));

        Assert.Equal(["data/communities-living.csv:13:C (share) · Zveçan/Zvečan · albanian · 9.99 → 10"], data.Changes.Select(Line));
        Assert.Equal(
            ["cm 2019 · establishment · mandatory · 2 → 3", "cm 2019 · establishment · established mandatory · 2 → 3", "cm 2019 · establishment · established optional · 2 → 1"],
            figures.Select(Line));
    }

    [Fact]
    public void A_community_added_to_communities_living_is_a_row_added()
    {
        var (data, _) = Compare(ws => ws.Append("communities-living.csv", "junik,turkish,0.5,2019,\n"));

        Assert.Equal(["data/communities-living.csv:17 · row added · Junik · junik, turkish, 0.5, 2019, "], data.Changes.Select(Line));
    }
}
