using System.Globalization;
using Mcro.Downloads;
using Mcro.Indicators;
using Mcro.Model;
using Mcro.Tests.Indicators;

namespace Mcro.Tests.Downloads;

public class IndicatorsCsvWriterTests
{
    private static readonly YearIndicators Figures = IndicatorCalculator.Compute(new TestDataset()
        .Municipality("mamushe", 2011)
        .Municipality("zubin-potok", null, similarOffice: true)
        .Office(2018, "mamushe", "yn-ynnny", workPlan: true, annualReport: false)
        .Exclude(2018, "mamushe", "coordination")
        .Staff(2018, "mamushe", "turkish", Gender.Female)
        .Build(), 2018);

    private static string[] Lines(string csv) => csv.Split('\n');

    [Fact]
    public void Starts_with_the_header_and_gives_every_row_the_same_seven_columns()
    {
        var lines = Lines(IndicatorsCsvWriter.Write(Figures));

        Assert.Equal("year,figure,municipality,community,task,taskCount,value", lines[0]);
        Assert.Equal("", lines[^1]);
        Assert.All(lines[1..^1], line => Assert.Equal(7, line.Split(',').Length));
        Assert.All(lines[1..^1], line => Assert.StartsWith("2018,", line));
    }

    [Fact]
    public void Writes_one_figure_a_row_with_its_breakdown_in_named_columns()
    {
        var lines = Lines(IndicatorsCsvWriter.Write(Figures));

        Assert.Contains("2018,offices,,,,,1", lines);
        Assert.Contains("2018,firstEstablished,,,,,2011", lines);
        Assert.Contains("2018,similarOffices,,,,,1", lines);
        Assert.Contains("2018,similarOffice,zubin-potok,,,,1", lines);
        Assert.Contains("2018,workPlans.yes,,,,,1", lines);
        Assert.Contains("2018,annualReports.no,,,,,1", lines);
        Assert.Contains("2018,staff.byCommunity.female,,turkish,,,1", lines);
        Assert.Contains("2018,tasks.performed,,,contacts,,1", lines);
        Assert.Contains("2018,tasks.excluded,,,coordination,,1", lines);
        Assert.Contains("2018,tasks.excludedOffice,mamushe,,coordination,,1", lines);
        Assert.Contains("2018,tasks.excluded,,,contacts,,0", lines);
        Assert.Contains("2018,tasksPerformed.distribution,,,,3,1", lines);
        Assert.Contains("2018,tasksPerformed.excluded,,,,,0", lines);
        Assert.Contains("2018,perOffice.annualReport,mamushe,,,,no", lines);
        Assert.Contains("2018,perOffice.tasksPerformed,mamushe,,,,3", lines);
        Assert.Contains("2018,perOffice.taskAnswer,mamushe,,coordination,,n/a", lines);
        Assert.Contains("2018,perOffice.staff.byCommunity.total,mamushe,turkish,,,1", lines);
    }

    [Fact]
    public void Distribution_has_a_row_for_every_count_from_zero_to_eight()
    {
        var counts = Lines(IndicatorsCsvWriter.Write(Figures)).Where(l => l.StartsWith("2018,tasksPerformed.distribution,", StringComparison.Ordinal))
            .Select(l => l.Split(',')[5]);

        Assert.Equal(Enumerable.Range(0, 9).Select(i => i.ToString(CultureInfo.InvariantCulture)), counts);
    }
}
