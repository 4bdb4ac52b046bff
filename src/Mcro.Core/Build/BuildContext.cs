using Mcro.Indicators;
using Mcro.Indicators.Change;
using Mcro.Indicators.Mechanisms;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Producers;
using Mcro.Rendering;
using Mcro.Site;

namespace Mcro.Build;

/// <summary>
/// Everything a page producer may use, made once per build and shared read-only by every producer and thread:
/// the dataset, the figures of every year loaded (each computed once), each edition's texts, the templates and
/// their assets, and the plan (what is built, what the site will hold).
/// </summary>
public sealed class BuildContext
{
    /// <param name="producers">The kinds of page the site holds: <see cref="BuildPipeline.Producers"/>, unless a test brings its own.</param>
    public BuildContext(Dataset dataset, SitePlan plan, IReadOnlyDictionary<int, YearIndicators> indicators, TemplateSet templates,
        IReadOnlyList<SiteFile> templateAssets, IEnumerable<IPageProducer>? producers = null)
    {
        Dataset = dataset;
        Plan = plan;
        Indicators = indicators;
        Changes = YearChange.EveryYear(indicators);
        Series = MechanismCalculator.Series(dataset);
        Texts = plan.Editions.ToDictionary(e => e, e => new TextCatalog(dataset.I18n, e, $"i18n/{e.DataLanguage}.yaml"));
        Templates = templateAssets;
        Pages = new LayoutRenderer(new PageRenderer(templates), Texts);
        Site = SitePages.Of(producers ?? BuildPipeline.Producers, plan, dataset);
        Frames = new PageFrames(Site, plan, dataset.Config, Texts, dataset.Mechanisms);
    }

    public Dataset Dataset { get; }

    /// <summary>Where a producer counts its items as it makes them, for the progress counter of a long step.</summary>
    public StepCounter Counter { get; init; } = StepCounter.None;

    public SitePlan Plan { get; }

    /// <summary>The figures of each year, by year.</summary>
    public IReadOnlyDictionary<int, YearIndicators> Indicators { get; }

    /// <summary>Each year's change from the year before it in the data, by year; the first year has none.</summary>
    public IReadOnlyDictionary<int, YearChange> Changes { get; }

    /// <summary>The figures of each mechanism defined from data (not the MOCR's: <see cref="Indicators"/>), by id, then by year with data.</summary>
    public IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableSortedDictionary<int, MechanismFigures>> Series { get; }

    /// <summary>Each edition's texts; a text missing in one is a problem of the build (<see cref="TextCatalog.Problems"/>).</summary>
    public IReadOnlyDictionary<Edition, TextCatalog> Texts { get; }

    /// <summary>templates/assets/** as read (the stylesheet, …).</summary>
    public IReadOnlyList<SiteFile> Templates { get; }

    /// <summary>Renders a page body and wraps it in layout.html.</summary>
    public LayoutRenderer Pages { get; }

    /// <summary>Every page the site holds once this build is written, as the producers describe them.</summary>
    public SitePages Site { get; }

    /// <summary>The frame of every page: title, switchers, alternates — linking only pages the site holds.</summary>
    public PageFrames Frames { get; }
}
