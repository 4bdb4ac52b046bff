using System.Globalization;
using Mcro.Model;
using Mcro.Model.Mechanisms;

namespace Mcro.Cli.Output;

/// <summary>
/// What a clean validation checked of one mechanism of the series defined from data: the years with its folder, how
/// many municipalities had it established each year, out of how many, and the people rows read.
/// </summary>
public sealed record MechanismSummary(string Id, IReadOnlyList<int> Years, IReadOnlyList<int> Established, int Municipalities, int People)
{
    public static IReadOnlyList<MechanismSummary> Of(Dataset dataset) =>
    [
        .. dataset.DefinedMechanisms.Select(m =>
        {
            var years = dataset.Years.Values.Where(y => y.Mechanisms.ContainsKey(m.Id)).Select(y => y.Mechanisms[m.Id]).ToList();
            return new MechanismSummary(m.Id, [.. years.Select(y => y.Year)],
                [.. years.Select(y => y.Reports.Count(r => r.Status.IsEstablished()))], dataset.Municipalities.Length, years.Sum(y => y.People.Length));
        }),
    ];

    /// <summary>"cc: 3 year(s) (2018, 2019, 2020), established in 38/38/37 of 38 municipalities, 1140 people rows".</summary>
    public override string ToString() => Years.Count == 0
        ? $"{Id}: defined, no year with data ({Id}/ folder in no year)"
        : string.Create(CultureInfo.InvariantCulture,
            $"{Id}: {Years.Count} year(s) ({string.Join(", ", Years)}), established in {string.Join("/", Established)} of {Municipalities} municipalities, {People} people rows");
}
