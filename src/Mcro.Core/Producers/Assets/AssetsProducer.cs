using Mcro.Build;
using Mcro.Charts;
using Mcro.Diagnostics;
using Mcro.Localization;
using Mcro.Site;

namespace Mcro.Producers.Assets;

/// <summary>
/// output/assets/: the chart font (the WOFF2 files the charts were measured with, and their licence) and the
/// templates' own assets. A file of the templates' assets wins over the built-in font of the same name.
/// </summary>
public sealed class AssetsProducer : IPageProducer
{
    public string Name => "assets";

    public IReadOnlyList<PageText> Texts { get; } = [];

    public Result<Produced> Produce(BuildContext context, ISiteSink sink)
    {
        var fonts = ChartFonts.WebFontFiles.Select(f => new SiteFile(SiteLayout.Font(f.FileName), f.Content.ToArray()))
            .Append(SiteFile.Text(SiteLayout.FontLicence, ChartFonts.LicenceText));
        var assets = fonts.Concat(context.Templates)
            .GroupBy(f => f.Path, StringComparer.Ordinal).Select(g => g.Last())
            .ToList();
        foreach (var file in assets) sink.Write(file.Path, file.Content);
        return Result<Produced>.Ok(new Produced(0, 0, assets.Count));
    }
}
