using Mcro.Build;
using Mcro.Localization;

namespace Mcro.Tests.Build;

/// <summary>
/// What a build renders, loads and keeps, from what was asked and what changed since the last build — worked out
/// without a file: the years to build after an edit, the years loaded once, the sheets kept or rendered again.
/// </summary>
public sealed class IncrementalPlanTests
{
    private static readonly IReadOnlySet<int> AllWithData = new HashSet<int> { 2017, 2018, 2019, 2020 };

    [Theory]
    [InlineData(new[] { 2019 }, new[] { 2019, 2020 })]
    [InlineData(new[] { 2020 }, new[] { 2020 })]
    [InlineData(new[] { 2017, 2019 }, new[] { 2017, 2018, 2019, 2020 })]
    [InlineData(new[] { 2016 }, new int[0])]
    [InlineData(new[] { 2016, 2020 }, new[] { 2020 })]
    public void A_changed_year_is_built_with_every_later_year_and_a_year_taken_out_is_not(int[] changed, int[] built) =>
        Assert.Equal(built, IncrementalPlan.YearsToBuild(changed, [2020, 2017, 2018, 2019]));

    [Fact]
    public void Every_year_is_loaded_when_every_year_is_built() =>
        Assert.Null(IncrementalPlan.YearsToLoad(null, [2017, 2018], AllWithData));

    [Fact]
    public void A_year_built_alone_is_loaded_with_every_year_with_data_for_its_change_and_the_trends() =>
        Assert.Equal([2017, 2018, 2019, 2020], IncrementalPlan.YearsToLoad([2019], [2017, 2018, 2019, 2020], AllWithData));

    [Fact]
    public void An_empty_year_folder_is_loaded_only_when_it_is_asked_for()
    {
        var withData = new HashSet<int> { 2018, 2019 };

        Assert.Equal([2018, 2019], IncrementalPlan.YearsToLoad([2019], [2018, 2019, 2020], withData));
        Assert.Equal([2018, 2019, 2020], IncrementalPlan.YearsToLoad([2020], [2018, 2019, 2020], withData));
    }

    [Fact]
    public void A_year_asked_for_without_a_folder_loads_only_the_years_asked_so_the_load_names_the_years_there_are() =>
        Assert.Equal([2019, 2021], IncrementalPlan.YearsToLoad([2019, 2021], [2018, 2019], AllWithData));

    [Fact]
    public void Sheets_of_the_last_build_not_built_now_and_still_there_are_kept()
    {
        var plan = Plan(buildYears: [2019]);

        var kept = IncrementalPlan.Keep(plan, [Sheet(2018, "sq"), Sheet(2018, "en"), Sheet(2019, "sq"), Sheet(2019, "en"), "2018/sq/charts/a.svg"], [2018, 2019], _ => true);

        Assert.Equal(["2018/en", "2018/sq"], kept.Kept.Order(StringComparer.Ordinal));
        Assert.Empty(kept.Rerendered);
    }

    [Fact]
    public void A_sheet_gone_from_the_output_or_of_a_year_not_loaded_is_not_kept()
    {
        var plan = Plan(buildYears: [2019], years: [2017, 2018, 2019]);

        var kept = IncrementalPlan.Keep(plan, [Sheet(2017, "sq"), Sheet(2018, "sq"), Sheet(2018, "en")], [2018, 2019], sheet => sheet != Sheet(2018, "en"));

        Assert.Equal(["2018/sq"], kept.Kept.Concat(kept.Rerendered));
    }

    [Fact]
    public void When_the_published_sheets_change_the_kept_ones_are_rendered_again_for_their_links()
    {
        var plan = Plan(buildYears: [2019]);

        // The last build had no 2019 sheets: the 2018 ones kept as they are would not link them.
        var kept = IncrementalPlan.Keep(plan, [Sheet(2018, "sq"), Sheet(2018, "en")], [2018, 2019], _ => true);

        Assert.Empty(kept.Kept);
        Assert.Equal(["2018/en", "2018/sq"], kept.Rerendered.Order(StringComparer.Ordinal));
        Assert.Contains((2018, Edition.For("en")), kept.Sheets);
    }

    [Fact]
    public void A_sheet_of_an_edition_the_dataset_no_longer_has_is_not_kept()
    {
        var plan = Plan(buildYears: [2019]);

        var kept = IncrementalPlan.Keep(plan, [Sheet(2018, "sq"), Sheet(2018, "de"), Sheet(2019, "sq"), Sheet(2019, "en")], [2018, 2019], _ => true);

        Assert.DoesNotContain("2018/de", kept.Kept.Concat(kept.Rerendered));
    }

    private static string Sheet(int year, string tag) => Mcro.Site.SiteLayout.Sheet(year, Edition.For(tag));

    private static SitePlan Plan(IReadOnlyList<int> buildYears, IReadOnlyList<int>? years = null)
    {
        var config = Mcro.Loading.ConfigLoader.Fallback with { Languages = ["sq", "en"], CyrillicEdition = false };
        return EditionSelection.Plan(config, years ?? [2018, 2019], buildYears, null, null).Value!;
    }
}
