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

    /// <summary>Nothing a reader would see changed, and nothing in the data either.</summary>
    public bool IsEmpty => Count == 0 && Data.IsEmpty;

    /// <summary>Every change counted once: an edition, a file, a figure, a changed run of text, a chart.</summary>
    public int Count => EditionsAdded.Count + EditionsRemoved.Count + FilesAdded.Count + FilesRemoved.Count + Units.Sum(u => u.Count);
}

/// <param name="Unit">The edition folder ("2019/sr"), or "" for the site's root pages.</param>
public sealed record UnitChanges(string Unit, IReadOnlyList<FigureChange> Figures, IReadOnlyList<TextChange> Texts, IReadOnlyList<ChartChange> Charts)
{
    public int Count => Figures.Count + Texts.Count + Charts.Count;
}

/// <summary>One figure: "2019 · work plans · yes", 33 → 32; null before when it is new, after when it is gone.</summary>
public sealed record FigureChange(string Figure, string? Before, string? After);

/// <summary>A run of lines of one page that changed: the sentences before and after.</summary>
public sealed record TextChange(string Page, IReadOnlyList<string> Before, IReadOnlyList<string> After)
{
    /// <summary>Each line before with the line after it became, when the run changed lines in place (as many after as before); null otherwise.</summary>
    public IReadOnlyList<(string Before, string After)>? InPlace => Before.Count == After.Count && Before.Count > 0 ? [.. Before.Zip(After)] : null;
}

/// <summary>A chart whose title or description (its figures, as a screen reader reads them) changed.</summary>
public sealed record ChartChange(string Chart, string? Before, string? After);
