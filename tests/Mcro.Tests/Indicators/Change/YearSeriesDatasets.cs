using CsCheck;
using Mcro.Model;

namespace Mcro.Tests.Indicators.Change;

/// <summary>
/// Valid datasets of three to six years for the change and trend laws: offices that open during the series (the number
/// of MOCRs changes), and offices left out of some tasks or all of them in some years (the exclusions change).
/// </summary>
internal static class YearSeriesDatasets
{
    public const int FirstYear = 2016;

    /// <summary>One office: the year its MOCR opens, and per year (oldest first) its answers and its exclusion (0 none, 1 one task, 2 all).</summary>
    public sealed record OfficeSpec(int OpensAfter, (int Performed, int Exclusion, bool WorkPlan, bool Female)[] Years);

    public static Gen<(int Years, OfficeSpec[] Offices)> Specs { get; } =
        Gen.Int[3, 6].SelectMany(years => Gen.Select(Gen.Int[0, years - 1], Gen.Select(Gen.Int[0, 255], Gen.Int[0, 5].Select(k => k < 4 ? 0 : k - 3), Gen.Bool, Gen.Bool).Array[years])
            .Select((opens, perYear) => new OfficeSpec(opens, perYear)).Array[1, 10].Select(offices => (years, offices)));

    public static Dataset Build(int years, OfficeSpec[] offices)
    {
        var data = new TestDataset();
        for (var y = 0; y < years; y++) data.EmptyYear(FirstYear + y);
        for (var i = 0; i < offices.Length; i++)
        {
            var code = $"m{i:00}";
            var spec = offices[i];
            data.Municipality(code, FirstYear + spec.OpensAfter);
            for (var y = spec.OpensAfter; y < years; y++)
            {
                var (performed, exclusion, workPlan, female) = spec.Years[y];
                var year = FirstYear + y;
                var answers = new string([.. Enumerable.Range(0, 8).Select(t =>
                    exclusion == 2 || (exclusion == 1 && t == 2) ? '-' : (performed & (1 << t)) != 0 ? 'y' : 'n')]);
                data.Office(year, code, answers, workPlan, !workPlan);
                if (exclusion == 1) data.Exclude(year, code, TestDataset.TaskKeys[2]);
                if (exclusion == 2) data.ExcludeFromAll(year, code);
                data.Staff(year, code, TestDataset.CommunityCodes[i % TestDataset.CommunityCodes.Length], female ? Gender.Female : Gender.Male);
            }
        }
        return data.Build();
    }
}
