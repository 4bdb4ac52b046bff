namespace Mcro.Producers.MunicipalityIndex.Views;

/// <summary>An edition's index of municipalities: a row per municipality, a column per year the edition has.</summary>
/// <param name="Years">The column headings, oldest year first.</param>
public sealed record MunicipalityIndexPage(
    string Title,
    string Intro,
    string Caption,
    string MunicipalityColumn,
    IReadOnlyList<string> Years,
    IReadOnlyList<MunicipalityIndexRow> Rows)
{
    /// <summary>That each cell also gives the other mechanisms of the series; null for a MOCR-only dataset.</summary>
    public string? SeriesIntro { get; init; }
}

/// <summary>A municipality, named in the edition, and its office in each year.</summary>
public sealed record MunicipalityIndexRow(string Name, IReadOnlyList<MunicipalityIndexCell> Cells);

/// <summary>
/// A municipality's office in one year, linking its profile of that year (null where the site does not hold it).
/// </summary>
/// <param name="Status">"mocr", "excluded" (a MOCR excluded from every task), "similar" or "none": the cell's class.</param>
/// <param name="Office">The kind of office, in words.</param>
/// <param name="Tasks">The MOCR's core tasks performed of those assessed, or that none were assessed; null without a MOCR.</param>
public sealed record MunicipalityIndexCell(string Status, string Office, string? Tasks, string? Href)
{
    /// <summary>Each other mechanism of the series with data that year, in the series' order: "KZ: aktivan".</summary>
    public IReadOnlyList<MunicipalityIndexMechanism> Mechanisms { get; init; } = [];
}

/// <param name="Status">"yes", "vacant", "dissolved" or "no" (the data's code), "missing" where the law required it: the line's class.</param>
public sealed record MunicipalityIndexMechanism(string Status, string Text);
