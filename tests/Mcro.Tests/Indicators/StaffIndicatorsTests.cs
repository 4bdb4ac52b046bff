using Mcro.Indicators;
using Mcro.Model;

namespace Mcro.Tests.Indicators;

public class StaffIndicatorsTests
{
    [Fact]
    public void Staff_is_counted_by_gender_in_total_and_per_community()
    {
        var dataset = new TestDataset()
            .Staff(2019, "prizren", "turkish", Gender.Female, Position.Head)
            .Staff(2019, "prizren", "albanian", Gender.Male)
            .Staff(2019, "prizren", "turkish", Gender.Male)
            .Staff(2019, "mamushe", "turkish", Gender.Female)
            .Build();

        var staff = StaffIndicators.Of(dataset.Communities, dataset.Years[2019].Staff);

        Assert.Equal((4, 2, 2), (staff.Total, staff.Female, staff.Male));
        Assert.Equal(new[] { new CommunityStaff("albanian", 0, 1, 1), new CommunityStaff("turkish", 2, 1, 3) }, staff.ByCommunity);
    }

    [Fact]
    public void Communities_follow_communities_csv_order_not_the_order_staff_rows_come_in()
    {
        var dataset = new TestDataset()
            .Staff(2019, "prizren", "gorani", Gender.Male)
            .Staff(2019, "prizren", "roma", Gender.Female)
            .Staff(2019, "prizren", "serbian", Gender.Male)
            .Build();

        var staff = StaffIndicators.Of(dataset.Communities, dataset.Years[2019].Staff);

        Assert.Equal(new[] { "serbian", "roma", "gorani" }, staff.ByCommunity.Select(c => c.Community));
    }

    [Fact]
    public void No_staff_gives_zero_totals_and_no_community()
    {
        var dataset = new TestDataset().Build();

        var staff = StaffIndicators.Of(dataset.Communities, []);

        Assert.Equal((0, 0, 0), (staff.Total, staff.Female, staff.Male));
        Assert.Empty(staff.ByCommunity);
    }
}
