namespace Mcro.Cli.Output;

/// <summary>How `mcro diff` and `mcro snapshot verify` print what changed.</summary>
public enum DiffFormat
{
    /// <summary>For a person at a terminal (coloured where it supports it).</summary>
    Text,

    /// <summary>For a GitHub job summary or a pull-request comment: a one-line total, then the details folded.</summary>
    Markdown,

    /// <summary>For other tools.</summary>
    Json,
}
