using System.Globalization;
using Mcro.Model;

namespace Mcro.Cli.Output;

/// <summary>What a clean validation checked: the MOCR in one line, then a line per mechanism of the series defined from data.</summary>
public sealed record DatasetSummary(IReadOnlyList<int> Years, int Municipalities, IReadOnlyList<int> Offices, int StaffRows)
{
    /// <summary>What is worth a look but refused nothing (printed above the line).</summary>
    public int Warnings { get; init; }

    /// <summary>Each draft year's progress, printed above the line (<see cref="Validation.DraftProgress"/>).</summary>
    public IReadOnlyList<string> Drafts { get; init; } = [];

    /// <summary>The mechanisms of the series defined from data, in the series' order, each on a line below the MOCR's.</summary>
    public IReadOnlyList<MechanismSummary> Mechanisms { get; init; } = [];

    public static DatasetSummary Describe(Dataset dataset) => new(
        dataset.Years.Keys.ToList(),
        dataset.Municipalities.Length,
        dataset.Years.Values.Select(y => y.Offices.Length).ToList(),
        dataset.Years.Values.Sum(y => y.Staff.Length))
    {
        Mechanisms = MechanismSummary.Of(dataset),
    };

    public override string ToString() => string.Concat(Drafts.Select(d => d + Environment.NewLine)) + string.Create(CultureInfo.InvariantCulture,
        $"ok: {Years.Count} year(s) ({string.Join(", ", Years)}), {Municipalities} municipalities, " +
        $"{string.Join("/", Offices)} offices, {StaffRows} staff rows checked; {(Warnings == 0 ? "no problems" : ProblemPrinter.Count(0, Warnings))}")
        + string.Concat(Mechanisms.Select(m => Environment.NewLine + m));
}
