using Mcro.Build;
using Mcro.Diagnostics;
using Mcro.Producers.Landing.Views;
using Mcro.Site;

namespace Mcro.Producers.Landing;

/// <summary>The site's front page (landing.html), in the dataset's default language: every published sheet of every year.</summary>
public sealed class LandingProducer : IPageProducer
{
    public string Name => "landing page";

    public Result<Produced> Produce(BuildContext context, ISiteSink sink)
    {
        var edition = context.Plan.LandingEdition;
        var model = new LandingPage(context.Texts[edition].Text("site.index_heading"), context.Frames.LandingYears());
        var page = context.Pages.Render("landing.html", "landing", model, context.Frames.ForLanding(), edition);
        if (!page.Succeeded) return Result<Produced>.Failed(page.Problems);
        sink.WriteText(SiteLayout.Landing, page.Value!);
        return Result<Produced>.Ok(new Produced(1, 0, 1));
    }
}
