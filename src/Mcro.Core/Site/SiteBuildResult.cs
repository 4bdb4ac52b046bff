using Mcro.Diagnostics;

namespace Mcro.Site;

/// <summary>The built site, or the problems that stopped it (then nothing is written).</summary>
public sealed record SiteBuildResult(SiteOutput? Output, IReadOnlyList<Diagnostic> Problems, IReadOnlyList<BuildStep> Steps, int Pages, int Charts);
