namespace Mcro.Review;

/// <summary>What a reader would see change between two sites: editions and files added or removed, and per unit (edition or root) its changes.</summary>
public sealed record SiteChanges(
    IReadOnlyList<string> EditionsAdded,
    IReadOnlyList<string> EditionsRemoved,
    IReadOnlyList<string> FilesAdded,
    IReadOnlyList<string> FilesRemoved,
    IReadOnlyList<UnitChanges> Units)
{
    /// <summary>The data's own changes (cells, rows, texts), when both sides are data: the report opens with them.</summary>
    public Data.DataChanges Data { get; init; } = Review.Data.DataChanges.None;

    /// <summary>The series' figures that changed, when both sides are data (MechanismFigureComparer): a mechanism's sheet's figures.</summary>
    public IReadOnlyList<MechanismFigureChange> MechanismFigures { get; init; } = [];

    /// <summary>The edition a report shows texts and charts of (config.yaml's default language); null when no side has data.</summary>
    public string? DefaultEdition { get; init; }

    /// <summary>The editions in config.yaml's order (default first); empty when no side has data: then in path order.</summary>
    public IReadOnlyList<string> EditionOrder { get; init; } = [];

    /// <summary>The files of the whole editions added (a new year's pages, charts and downloads): counted, never listed.</summary>
    public IReadOnlyList<string> FilesInEditionsAdded { get; init; } = [];

    /// <summary>Each year the newer site has and the older had not, with its headline figures beside the year before.</summary>
    public IReadOnlyList<YearAdded> YearsAdded { get; init; } = [];

    /// <summary>Nothing a reader would see changed, and nothing in the data either.</summary>
    public bool IsEmpty => Count == 0 && Data.IsEmpty;

    /// <summary>
    /// Draft years (year.yaml: status: draft) of a data side that the pages compared leave out, as <c>mcro build</c> does;
    /// their data's own changes are still listed. Empty with <c>--drafts</c>, which compares them as built.
    /// </summary>
    public IReadOnlyList<int> DraftsLeftOut { get; init; } = [];

    /// <summary>Every change counted once: an edition, a file, a figure, a changed run of text, a chart.</summary>
    public int Count => EditionsAdded.Count + EditionsRemoved.Count + FilesAdded.Count + FilesRemoved.Count + Units.Sum(u => u.Count);
}

/// <param name="Unit">The edition folder ("2019/sr"), or "" for the site's root pages.</param>
public sealed record UnitChanges(string Unit, IReadOnlyList<FigureChange> Figures, IReadOnlyList<TextChange> Texts, IReadOnlyList<ChartChange> Charts)
{
    public int Count => Figures.Count + Texts.Count + Charts.Count;
}

/// <summary>One figure: "2019 · work plans · yes", 33 → 32; null before when it is new, after when it is gone.</summary>
public sealed record FigureChange(string Figure, string? Before, string? After)
{
    /// <summary>The figure's row in the tidy CSV but its value (year, figure, municipality …): the same in every edition.</summary>
    public string Key { get; init; } = Figure;

    /// <summary>The figure's catalogue key ("change.workPlans.yes"), which says how its value reads.</summary>
    public string FigureKey { get; init; } = "";

    /// <summary>A change row's basis (count, share, mean), from its .basis row: a share's change is in percentage points.</summary>
    public string? Basis { get; init; }

    /// <summary>The figure's year, from its row; null when the row has none.</summary>
    public int? Year { get; init; }

    /// <summary>
    /// The values are a change as the page shows it (the ".displayed" row: the difference of the rounded values, a share's
    /// in percentage points), not the exact difference the page never prints.
    /// </summary>
    public bool Displayed { get; init; }
}

/// <summary>A year added: its headline figures beside the year before (the sheet's change table), its editions' files counted.</summary>
/// <param name="Previous">The year it is compared with; null for a site's first year.</param>
public sealed record YearAdded(int Year, int? Previous, IReadOnlyList<HeadlineFigure> Headlines);

/// <summary>One row of a year's change table, values as the tidy CSV has them (the report formats them).</summary>
/// <param name="ChangeDisplayed">Change is the page's own change (the ".displayed" row), already rounded.</param>
public sealed record HeadlineFigure(string Figure, string FigureKey, string? Before, string? After, string? Change, string? Basis, bool ChangeDisplayed = false);

/// <summary>A run of lines of one page that changed: the sentences before and after.</summary>
public sealed record TextChange(string Page, IReadOnlyList<string> Before, IReadOnlyList<string> After)
{
    /// <summary>Each line before with the line after it became, when the run changed lines in place (as many after as before); null otherwise.</summary>
    public IReadOnlyList<(string Before, string After)>? InPlace => Before.Count == After.Count && Before.Count > 0 ? [.. Before.Zip(After)] : null;
}

/// <summary>A chart whose title or description (its figures, as a screen reader reads them) changed.</summary>
public sealed record ChartChange(string Chart, string? Before, string? After);
