using Mcro.Indicators.Mechanisms;
using Mcro.Model;
using Mcro.Model.Mechanisms;

namespace Mcro.Tests.Mechanisms;

/// <summary>A mechanism's figures from its definition and its year's tables (SeriesWorkspace: the cm mechanism in 2019).</summary>
public sealed class MechanismCalculatorTests
{
    private static MechanismFigures Figures(Func<DataWorkspace, DataWorkspace>? edit = null)
    {
        using var ws = SeriesWorkspace.Create();
        edit?.Invoke(ws);
        var result = ws.Validate();
        Assert.Empty(result.Problems);
        return MechanismCalculator.Series(result.Value!)["cm"][2019];
    }

    [Fact]
    public void Mandatory_where_the_communities_other_than_the_largest_reach_the_threshold_exactly_or_more()
    {
        var figures = Figures();

        // gjakove: 10 beside the majority's 90, exactly the threshold; mitrovice-south: 12 + 8; zvecan 9.99 falls short;
        // mamushe's majority is its second row (93), so its 7 falls short too; junik and leposaviq have nobody else (2019).
        Assert.Equal(
            ["gjakove", "mitrovice-south"],
            figures.Municipalities.Where(m => m.Mandatory).Select(m => m.Municipality));
    }

    [Fact]
    public void The_non_majority_share_is_every_share_but_the_largest()
    {
        using var ws = SeriesWorkspace.Create();
        var dataset = ws.Validate().Value!;

        Assert.Equal(20m, MandatoryRule.NonMajorityShare(dataset.LivingIn("mitrovice-south", 2019)));
        Assert.Equal(7m, MandatoryRule.NonMajorityShare(dataset.LivingIn("mamushe", 2019)));
        Assert.Equal(0m, MandatoryRule.NonMajorityShare(dataset.LivingIn("junik", 2019)));
        Assert.Equal(0m, MandatoryRule.NonMajorityShare([]));
    }

    [Fact]
    public void A_row_holds_only_in_its_years()
    {
        // leposaviq's albanian share of 20 holds until 2018 (0 from 2019): in 2019 the municipality is not mandatory, and
        // with the 2019 row at 20 it would be.
        Assert.DoesNotContain(Figures().Municipalities, m => m.Municipality == "leposaviq" && m.Mandatory);
        var held = Figures(ws => ws.Replace("communities-living.csv", "leposaviq,albanian,0,2019,", "leposaviq,albanian,20,2019,"));

        Assert.True(held.Of("leposaviq")!.Mandatory);
    }

    [Fact]
    public void Everywhere_and_nowhere_ignore_the_shares()
    {
        var everywhere = Figures(ws => ws.Replace("mechanisms/cm.yaml", "  where: threshold\n  threshold: 10", "  where: everywhere"));
        var nowhere = Figures(ws => ws.Replace("mechanisms/cm.yaml", "  where: threshold\n  threshold: 10", "  where: nowhere"));

        Assert.Equal(7, everywhere.Establishment.Mandatory);
        Assert.Equal(0, nowhere.Establishment.Mandatory);
    }

    [Fact]
    public void Vacant_is_established_dissolved_is_not()
    {
        var e = Figures().Establishment;

        Assert.Equal(
            new EstablishmentFigures(Municipalities: 7, Established: 4, Mandatory: 2, EstablishedMandatory: 2, EstablishedOptional: 2, Working: 3, Vacant: 1, Dissolved: 1),
            e);
        Assert.Equal(0, e.MissingMandatory);
    }

    [Fact]
    public void A_vacant_post_is_left_out_of_the_indicators_and_duties()
    {
        var figures = Figures();

        Assert.Equal([new QuestionFigures("meets", 2, 1, 0)], figures.Indicators.ToArray());
        Assert.Equal([new QuestionFigures("advice", 2, 1, 0), new QuestionFigures("outreach", 2, 0, 1)], figures.Duties.ToArray());
        Assert.All(figures.Duties.Concat(figures.Indicators), q => Assert.Equal(3, q.Yes + q.No + q.Excluded));
        var vacant = figures.Of("mitrovice-south")!;
        Assert.Equal(MechanismStatus.Vacant, vacant.Status);
        Assert.Empty(vacant.Duties);
        Assert.Empty(vacant.Indicators);
    }

    [Fact]
    public void An_excluded_duty_counts_as_excluded_and_keeps_its_exclusion()
    {
        var gjakove = Figures().Of("gjakove")!;

        Assert.Equal(Answer.NotApplicable, gjakove.Duties["outreach"]);
        Assert.Equal("The reason", gjakove.Exclusion!.Reason["en"]);
    }

    [Fact]
    public void People_are_counted_by_community_and_gender_in_communities_order()
    {
        var people = Figures().People;

        Assert.Equal((5, 2, 3), (people.Total, people.Women, people.Men));
        Assert.Equal([new CommunityPeople("albanian", 1, 2), new CommunityPeople("serbian", 1, 1)], people.ByCommunity.ToArray());
    }

    [Fact]
    public void A_community_living_there_with_nobody_among_the_people_is_not_represented()
    {
        var figures = Figures();

        // gjakove has no turkish member, zvecan no albanian one; ferizaj has both of its communities; leposaviq's albanian
        // share is 0 in 2019 and its mechanism does not work; the vacant post has nobody to compare.
        Assert.Equal(
            ["albanian: zvecan", "turkish: gjakove"],
            figures.NotRepresented.Select(n => $"{n.Community}: {string.Join(" ", n.Municipalities)}"));
        Assert.Equal(["turkish"], figures.Of("gjakove")!.NotRepresented.ToArray());
        Assert.Empty(figures.Of("ferizaj")!.NotRepresented);
        Assert.Empty(figures.Of("mitrovice-south")!.NotRepresented);
    }

    [Fact]
    public void A_share_of_zero_does_not_ask_for_representation()
    {
        var figures = Figures(ws => ws.Replace("communities-living.csv", "gjakove,turkish,10,,", "gjakove,turkish,0,,"));

        Assert.Empty(figures.Of("gjakove")!.NotRepresented);
        Assert.False(figures.Of("gjakove")!.Mandatory);
    }

    [Fact]
    public void Without_representation_in_the_definition_nobody_is_counted_as_not_represented()
    {
        var figures = Figures(ws => ws
            .Replace("mechanisms/cm.yaml", "  representation: true", "  representation: false")
            .Replace("mechanisms/cm.yaml", "people, representation, duties]", "people, duties]"));

        Assert.Empty(figures.NotRepresented);
        Assert.All(figures.Municipalities, m => Assert.Empty(m.NotRepresented));
    }

    [Fact]
    public void The_series_holds_each_mechanism_only_in_the_years_it_has_a_folder()
    {
        using var ws = SeriesWorkspace.Create();
        var series = MechanismCalculator.Series(ws.Validate().Value!);

        Assert.Equal(["cm"], series.Keys);
        Assert.Equal([2019], series["cm"].Keys);
    }
}
