using Mcro.Build;
using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Site;

namespace Mcro.Producers;

/// <summary>
/// One kind of page (the year sheet, the landing page, …): from the build's shared context to the files of its pages,
/// written to the sink as they are rendered. A new kind of page is a new folder under Producers/ with one of these,
/// and one line in <see cref="BuildPipeline"/>'s list of producers.
/// </summary>
public interface IPageProducer
{
    /// <summary>The build step's name, as the progress line shows it: "sheets".</summary>
    string Name { get; }

    /// <summary>
    /// Every i18n text this kind of page asks for, in its C# and in the templates it renders (layout.html included), with
    /// its placeholders: `validate`, `i18n status` and the build's texts step check each edition's texts against these
    /// before any page renders, and a template reading a text its kind did not declare is stopped there. Declared in the
    /// kind's folder (<c>Sheet/SheetTexts.cs</c>); the texts several kinds ask for are in <see cref="SharedTexts"/>.
    /// </summary>
    IReadOnlyList<PageText> Texts { get; }

    /// <summary>
    /// The words other kinds' pages name and link this kind's page with (<c>page.links</c>), when they do: declared here,
    /// every template may read them, so linking a new kind of page touches no other kind's code.
    /// </summary>
    IReadOnlyList<PageText> LinkTexts => [];

    /// <summary>
    /// The pages of this kind the site holds once this plan is built: those it renders now and those kept from an earlier
    /// build, which its pages and every other still link. Pure: the frames and the sitemap are computed from these
    /// (<see cref="SitePages"/>), once, before any page renders.
    /// </summary>
    IReadOnlyList<PageDescription> Pages(SitePlan plan, Dataset dataset) => [];

    Result<Produced> Produce(BuildContext context, ISiteSink sink);
}

/// <summary>What a producer made: pages (HTML), charts (SVG) and files in all.</summary>
public sealed record Produced(int Pages, int Charts, int Files)
{
    public static Produced operator +(Produced a, Produced b) => new(a.Pages + b.Pages, a.Charts + b.Charts, a.Files + b.Files);

    public static Produced None { get; } = new(0, 0, 0);
}
