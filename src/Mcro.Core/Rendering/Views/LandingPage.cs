namespace Mcro.Rendering.Views;

/// <summary>The site's front page: every edition of every year.</summary>
public sealed record LandingPage(string Heading, IReadOnlyList<LandingYear> Years);

public sealed record LandingYear(int Year, IReadOnlyList<NavLink> Editions);
