using System.Globalization;
using Mcro.Model;

namespace Mcro.Cli.Output;

/// <summary>What a clean validation checked, in one line.</summary>
public sealed record DatasetSummary(IReadOnlyList<int> Years, int Municipalities, IReadOnlyList<int> Offices, int StaffRows)
{
    public static DatasetSummary Describe(Dataset dataset) => new(
        dataset.Years.Keys.ToList(),
        dataset.Municipalities.Length,
        dataset.Years.Values.Select(y => y.Offices.Length).ToList(),
        dataset.Years.Values.Sum(y => y.Staff.Length));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"ok: {Years.Count} year(s) ({string.Join(", ", Years)}), {Municipalities} municipalities, " +
        $"{string.Join("/", Offices)} offices, {StaffRows} staff rows checked; no problems");
}
