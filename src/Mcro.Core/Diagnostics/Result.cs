namespace Mcro.Diagnostics;

/// <summary>
/// What every stage gives: a value and the problems found on the way. The value may be there with problems
/// (a dataset loaded as far as it could be read); only a value without problems may be built on.
/// </summary>
public sealed record Result<T>(T? Value, IReadOnlyList<Diagnostic> Problems) where T : class
{
    public bool Succeeded => Value is not null && Problems.Count == 0;

    /// <summary>What is worth a look but stops nothing (a year folder that is a copy of the last one): printed, never refused on.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    public static Result<T> Ok(T value) => new(value, []);

    public static Result<T> Failed(IReadOnlyList<Diagnostic> problems) => new(null, problems);

    public static Result<T> Failed(Diagnostic problem) => new(null, [problem]);
}
