using CsCheck;
using Mcro.Indicators.Change;
using Mcro.Localization;
using Mcro.Producers.Sheet;
using Mcro.Tests.Site;
using F = Mcro.Indicators.Figures.FigureCatalog;

namespace Mcro.Tests.Indicators.Change;

/// <summary>On random figures of two years, in every edition: the change printed is the difference of the two values printed.</summary>
public class DisplayedChangePropertyTests
{
    private static readonly Edition[] Editions = [.. new[] { "sq", "sr", "sr-Cyrl", "en" }.Select(Edition.For)];

    private static readonly Dictionary<string, TextCatalog> Texts = Editions.ToDictionary(e => e.Tag,
        e => new TextCatalog(SiteFixture.Dataset.I18n, e, $"i18n/{e.DataLanguage}.yaml"));

    /// <summary>A count out of a base for each year (a share, or for a mean a sum over the offices), and what kind of figure.</summary>
    private static readonly Gen<(int Count, int Of, int NowCount, int NowOf, bool Mean, int Edition)> Pairs =
        Gen.Select(Gen.Int[1, 2000], Gen.Int[1, 2000], Gen.Bool, Gen.Int[0, Editions.Length - 1])
            .SelectMany(t => Gen.Select(Gen.Int[0, t.Item3 ? 8 * t.Item1 : t.Item1], Gen.Int[0, t.Item3 ? 8 * t.Item2 : t.Item2])
                .Select(c => (c.Item1, t.Item1, c.Item2, t.Item2, t.Item3, t.Item4)));

    [Fact]
    public void The_change_printed_is_the_difference_of_the_two_values_printed_and_reads_in_its_direction()
    {
        Pairs.Sample(p =>
        {
            var edition = Editions[p.Edition];
            Mcro.Indicators.Figures.Figure figure = p.Mean ? F.TasksPerformedMean : F.TasksPerformed;
            var task = p.Mean ? "" : "contacts";
            var change = new FigureChange(new(figure, task, p.NowCount, p.NowOf, p.NowOf, []), new(figure, task, p.Count, p.Of, p.Of, []));
            var share = change.Basis == ChangeBasis.Share;
            Assert.True(share || change.Basis == ChangeBasis.Mean || p.Of == p.NowOf);
            var before = Read(FigureFormat.Value(change.Previous, share, edition), edition);
            var after = Read(FigureFormat.Value(change.Current, share, edition), edition);
            Assert.Equal(after - before, Read(FigureFormat.Change(change, edition), edition));
            var direction = ChangeModel.Words(change, Texts[edition.Tag], "2018").Direction;
            Assert.Equal(after > before ? "up" : after < before ? "down" : "same", direction);
        });
    }

    [Fact]
    public void A_value_printed_is_its_exact_ratio_rounded_half_away_from_zero()
    {
        Pairs.Sample(p =>
        {
            // Integer arithmetic: tenths of a percent (or of a mean), rounded half up on a non-negative ratio.
            var tenths = p.Mean ? (20L * p.Count + p.Of) / (2L * p.Of) : (2000L * p.Count + p.Of) / (2L * p.Of);
            var figure = new HeadlineFigure(p.Mean ? F.TasksPerformedMean : (Mcro.Indicators.Figures.Figure)F.TasksPerformed, p.Mean ? "" : "contacts", p.Count, p.Of, p.Of, []);
            Assert.Equal(tenths / 10m, figure.Displayed(asShare: true));
        });
    }

    /// <summary>A number printed in the edition's style ("+5,9", "-0,2", "91,2%"), read back.</summary>
    private static decimal Read(string printed, Edition edition)
    {
        var number = DisplayedChangeTests.Numbers(printed, edition.Numbers).Single();
        return printed.StartsWith(edition.Numbers.Minus, StringComparison.Ordinal) ? -number : number;
    }
}
