namespace Mcro.Review.Data;

/// <summary>What changed in the data between two data folders, file by file in path order, each file's changes in line order.</summary>
public sealed record DataChanges(IReadOnlyList<DataChange> Changes)
{
    /// <summary>No data compared (a side is a built site or a snapshot), or none changed.</summary>
    public static DataChanges None { get; } = new([]);

    public bool IsEmpty => Changes.Count == 0;

    public int Count => Changes.Count;
}
