using Mcro.Diagnostics;

namespace Mcro.Site;

/// <summary>How a build went: the problems that stopped it, or what was built and written.</summary>
public sealed record BuildReport(IReadOnlyList<Diagnostic> Problems, SitePlan? Plan, SiteBuildResult? Site, WriteReport? Written, IReadOnlyList<BuildStep> Steps);
