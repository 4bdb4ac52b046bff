using CsCheck;
using Mcro.Model;

namespace Mcro.Tests.Indicators;

/// <summary>Valid datasets of any shape for property tests: MOCRs, similar offices, exclusions of some or all tasks, staff.</summary>
internal static class GeneratedDatasets
{
    public const int Year = 2018;

    /// <summary>One municipality: none (0), a similar office (1) or a MOCR (2) since a year around <see cref="Year"/>.</summary>
    public sealed record MunicipalitySpec(
        int Kind, int Since, bool WorkPlan, bool AnnualReport, int PerformedMask, int ExclusionKind, int ExcludedMask, (int Community, bool Female)[] Staff)
    {
        public bool HasOffice => Kind == 2 && Since <= Year;

        public bool ExcludedFromAll => HasOffice && (ExclusionKind >= 2 || (ExclusionKind == 1 && ExcludedMask == 255));
    }

    public static readonly Gen<MunicipalitySpec> Municipality = Gen.Select(
        Gen.Int[0, 2], Gen.Int[Year - 8, Year + 2], Gen.Bool, Gen.Bool, Gen.Int[0, 255],
        // No exclusion half the time; else some tasks, all, or every task listed by name, a sixth each.
        Gen.Int[0, 5].Select(k => k < 3 ? 0 : k - 2),
        Gen.Int[1, 255],
        Gen.Select(Gen.Int[0, 10], Gen.Bool).Array[0, 6],
        (kind, since, wp, ar, performed, exclusion, excluded, staff) => new MunicipalitySpec(kind, since, wp, ar, performed, exclusion, excluded, staff));

    public static readonly Gen<MunicipalitySpec[]> Specs = Municipality.Array[0, 14];

    public static Dataset Build(MunicipalitySpec[] specs)
    {
        var data = new TestDataset().EmptyYear(Year);
        for (var i = 0; i < specs.Length; i++)
        {
            var spec = specs[i];
            var code = $"m{i:00}";
            data.Municipality(code, spec.Kind == 2 ? spec.Since : null, spec.Kind == 1);
            if (!spec.HasOffice) continue;

            var excluded = spec.ExclusionKind switch
            {
                0 => new bool[8],
                1 => Bits(spec.ExcludedMask),
                _ => Enumerable.Repeat(true, 8).ToArray(),
            };
            var performed = Bits(spec.PerformedMask);
            var answers = new string([.. Enumerable.Range(0, 8).Select(t => excluded[t] ? '-' : performed[t] ? 'y' : 'n')]);
            data.Office(Year, code, answers, spec.WorkPlan, spec.AnnualReport);
            switch (spec.ExclusionKind)
            {
                case 1: data.Exclude(Year, code, [.. TestDataset.TaskKeys.Where((_, t) => excluded[t])]); break;
                case 2: data.ExcludeFromAll(Year, code); break;
                case 3: data.Exclude(Year, code, [.. TestDataset.TaskKeys]); break;
            }
            foreach (var (community, female) in spec.Staff)
                data.Staff(Year, code, TestDataset.CommunityCodes[community], female ? Gender.Female : Gender.Male);
        }
        return data.Build();
    }

    /// <summary>The same dataset with every row of every file in another order (reference lists keep theirs: it is display order).</summary>
    public static Dataset Shuffled(Dataset dataset, int seed)
    {
        var random = new Random(seed);
        T[] Shuffle<T>(IEnumerable<T> rows)
        {
            var array = rows.ToArray();
            random.Shuffle(array);
            return array;
        }
        var years = dataset.Years.SetItems(dataset.Years.Select(y => KeyValuePair.Create(y.Key, y.Value with
        {
            Offices = [.. Shuffle(y.Value.Offices)],
            Staff = [.. Shuffle(y.Value.Staff)],
            Exclusions = [.. Shuffle(y.Value.Exclusions.Select(e => e with { Tasks = [.. Shuffle(e.Tasks)] }))],
        })));
        return dataset with { Municipalities = [.. Shuffle(dataset.Municipalities)], Years = years };
    }

    private static bool[] Bits(int mask) => [.. Enumerable.Range(0, 8).Select(bit => (mask & (1 << bit)) != 0)];
}
