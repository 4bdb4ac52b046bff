using System.Collections.Immutable;
using Mcro.Indicators;
using Mcro.Model;

namespace Mcro.Tests.Indicators;

public sealed class OfficeStandingTests
{
    private static YearIndicators Year(ImmutableArray<int> distribution, params string[] excluded) =>
        new(2019, 38, distribution.Sum() + excluded.Length, 2010, [], new(0, 0), new(0, 0), new(0, 0, 0, []), [],
            new TasksPerformedFigures(distribution, [.. excluded]), []);

    private static OfficeFigures Office(string code, int performed) =>
        new(code, Answer.Yes, Answer.Yes, [.. TestDataset.TaskKeys.Select((t, i) => new OfficeTaskAnswer(t, i < performed ? Answer.Yes : Answer.No))],
            ExcludedFromAll: false, new(0, 0, 0, []));

    private static OfficeFigures LeftOutOfAll(string code) =>
        new(code, Answer.Yes, Answer.Yes, [.. TestDataset.TaskKeys.Select(t => new OfficeTaskAnswer(t, Answer.NotApplicable))],
            ExcludedFromAll: true, new(0, 0, 0, []));

    [Fact]
    public void Fewer_same_and_more_are_counted_among_the_others_of_the_distribution()
    {
        var standing = OfficeStanding.Of(Year([0, 0, 6, 6, 7, 3, 4, 5, 2]), Office("prizren", 6));
        Assert.Equal(new OfficeStanding(32, 22, 3, 7), standing);
    }

    [Fact]
    public void An_office_left_out_of_every_task_has_no_standing()
    {
        Assert.Null(OfficeStanding.Of(Year([0, 1, 0, 0, 0, 0, 0, 0, 0], "junik"), LeftOutOfAll("junik")));
    }

    [Fact]
    public void The_only_office_assessed_has_no_others()
    {
        Assert.Equal(new OfficeStanding(0, 0, 0, 0), OfficeStanding.Of(Year([0, 0, 0, 1, 0, 0, 0, 0, 0]), Office("prizren", 3)));
    }
}
