using System.Globalization;
using Mcro.Build;
using Mcro.Producers.Landing.Views;
using Mcro.Site;

namespace Mcro.Producers.Landing;

/// <summary>What a landing page lists, from the pages the site holds: the sheets year by year, and the trends pages.</summary>
public static class LandingModel
{
    /// <summary>Every year with a sheet, each with a link to each of its editions, named and titled in its own language.</summary>
    public static IReadOnlyList<LandingYear> Years(BuildContext context, string self) => context.Site.OfKind(Sheet.SheetProducer.Kind)
        .GroupBy(p => p.Year!.Value)
        .Select(year => new LandingYear(year.Key, year
            .Select(p => new LandingEdition(context.Texts[p.Edition].Endonym(),
                context.Texts[p.Edition].Text(SharedTexts.SheetTitle, ("year", year.Key.ToString(CultureInfo.InvariantCulture))),
                SiteLayout.Relative(self, p.Path), p.Edition.Language))
            .ToList()))
        .ToList();

    /// <summary>The trends page of every edition, each named in its own language.</summary>
    public static IReadOnlyList<LandingEdition> Trends(BuildContext context, string self) => context.Site.OfKind(Mcro.Producers.Trends.TrendsProducer.Kind)
        .Select(p => new LandingEdition(context.Texts[p.Edition].Endonym(), context.Texts[p.Edition].Text(SharedTexts.TrendsLink),
            SiteLayout.Relative(self, p.Path), p.Edition.Language))
        .ToList();
}
