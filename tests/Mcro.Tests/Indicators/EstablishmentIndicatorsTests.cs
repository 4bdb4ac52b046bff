using Mcro.Indicators;

namespace Mcro.Tests.Indicators;

public class EstablishmentIndicatorsTests
{
    private static readonly Mcro.Model.Dataset Dataset = new TestDataset()
        .Municipality("prizren", 2010)
        .Municipality("junik", 2013)
        .Municipality("zvecan", 2019)
        .Municipality("zubin-potok", null, similarOffice: true)
        .Municipality("leposaviq", null, similarOffice: true)
        .Municipality("nowhere", null)
        .Build();

    [Fact]
    public void Municipalities_counts_every_municipality_whatever_its_office()
    {
        Assert.Equal(6, EstablishmentIndicators.Municipalities(Dataset.Municipalities));
    }

    [Theory]
    [InlineData(2009, 0)]
    [InlineData(2010, 1)]
    [InlineData(2018, 2)]
    [InlineData(2019, 3)]
    public void Offices_are_the_municipalities_whose_mocr_was_established_in_or_before_the_year(int year, int expected)
    {
        Assert.Equal(expected, EstablishmentIndicators.Offices(Dataset.Municipalities, year));
    }

    [Fact]
    public void First_established_is_the_earliest_mocr_of_the_year()
    {
        var dataset = new TestDataset().Municipality("junik", 2013).Municipality("zvecan", 2012).Municipality("later", 2020).Build();

        Assert.Equal(2012, EstablishmentIndicators.FirstEstablished(dataset.Municipalities, 2019));
    }

    [Fact]
    public void First_established_is_null_in_a_year_before_any_mocr()
    {
        Assert.Null(EstablishmentIndicators.FirstEstablished(Dataset.Municipalities, 2009));
    }

    [Fact]
    public void Similar_offices_are_listed_by_code_in_ordinal_order()
    {
        Assert.Equal(new[] { "leposaviq", "zubin-potok" }, EstablishmentIndicators.SimilarOffices(Dataset.Municipalities, 2019));
    }

    [Theory]
    [InlineData(2019, 0, "zubin-potok")]
    [InlineData(2020, 1, "")]
    public void A_similar_office_that_becomes_a_mocr_counts_as_a_similar_office_until_its_last_year_and_as_a_mocr_after(int year, int offices, string similar)
    {
        var dataset = new TestDataset()
            .Municipality("zubin-potok", 2020, similarOffice: true, similarOfficeUntil: 2019)
            .Build();

        Assert.Equal(offices, EstablishmentIndicators.Offices(dataset.Municipalities, year));
        Assert.Equal(similar.Length == 0 ? [] : [similar], EstablishmentIndicators.SimilarOffices(dataset.Municipalities, year).ToArray());
    }

    [Theory]
    [InlineData(2014, true)]
    [InlineData(2015, true)]
    [InlineData(2016, false)]
    public void A_mocr_that_closed_is_a_mocr_up_to_its_last_year(int year, bool hasMocr)
    {
        var dataset = new TestDataset().Municipality("closed", 2012, mocrUntil: 2015).Build();

        Assert.Equal(hasMocr, dataset.Municipalities[0].HasMocrIn(year));
    }
}
