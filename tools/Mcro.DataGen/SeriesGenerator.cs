using System.Globalization;
using System.Text;

namespace Mcro.DataGen;

/// <summary>
/// The series beside the MOCR (SPEC32): the reference's definitions, communities-living.csv for the generated
/// municipalities, and each mechanism's year tables (YEAR/ID/municipalities.csv, people.csv, notes.yaml) with every
/// status (working, vacant, dissolved, not established). Its own random sequence, so the MOCR's files are the same
/// bytes with or without the series.
/// </summary>
internal static class SeriesGenerator
{
    public static IEnumerable<GeneratedFile> Generate(GeneratorOptions options, ReferenceData reference, IReadOnlyList<string> municipalities)
    {
        var defined = reference.Mechanisms.Where(m => !m.IsOffices).Take(options.Mechanisms - 1).ToList();
        if (defined.Count < options.Mechanisms - 1)
            throw new InvalidDataException($"--mechanisms {options.Mechanisms}: the reference dataset defines {defined.Count} mechanism(s) beside the MOCR in mechanisms/");
        var random = new Random(options.Seed + 7919);
        var files = new List<GeneratedFile>(reference.Mechanisms.Where(m => m.IsOffices).Concat(defined).Select(m => m.Definition))
        {
            Text("communities-living.csv", CommunitiesLiving(municipalities, reference, random)),
        };
        foreach (var mechanism in defined)
        {
            for (var year = options.FirstYear; year < options.FirstYear + options.Years; year++)
            {
                var statuses = municipalities.ToDictionary(m => m, _ => Status(random));
                files.Add(Text($"{year}/{mechanism.Id}/municipalities.csv", Municipalities(mechanism, statuses, random)));
                if (mechanism.HasPeople) files.Add(Text($"{year}/{mechanism.Id}/people.csv", People(statuses, reference, random)));
                files.Add(Text($"{year}/{mechanism.Id}/notes.yaml", "# Synthetic data written by mcro-datagen: not real monitoring results.\nexclusions: []\nnotes: []\n"));
            }
        }
        return files;
    }

    private static string Status(Random random) => random.Next(100) switch
    {
        < 70 => "yes",
        < 75 => "vacant",
        < 80 => "dissolved",
        _ => "no",
    };

    /// <summary>A majority community and two to three others, shares adding up to 100; some municipalities above a 10 % threshold, some below.</summary>
    private static string CommunitiesLiving(IReadOnlyList<string> municipalities, ReferenceData reference, Random random)
    {
        var csv = new StringBuilder("municipality,community,share,from,until\n");
        var codes = reference.CommunityCodes;
        foreach (var municipality in municipalities)
        {
            var others = Enumerable.Range(1, codes.Count - 1).OrderBy(_ => random.Next()).Take(Math.Min(codes.Count - 1, random.Next(2, 4))).ToList();
            var shares = others.Select(_ => random.Next(1, 90) / 10m).ToList();
            var majority = 100m - shares.Sum();
            csv.Append(CultureInfo.InvariantCulture, $"{municipality},{codes[0]},{majority},,\n");
            for (var i = 0; i < others.Count; i++) csv.Append(CultureInfo.InvariantCulture, $"{municipality},{codes[others[i]]},{shares[i]},,\n");
        }
        return csv.ToString();
    }

    private static string Municipalities(ReferenceMechanism mechanism, Dictionary<string, string> statuses, Random random)
    {
        var csv = new StringBuilder("municipality,status");
        foreach (var key in mechanism.Indicators.Concat(mechanism.Duties)) csv.Append(',').Append(key);
        csv.Append('\n');
        foreach (var (municipality, status) in statuses)
        {
            csv.Append(municipality).Append(',').Append(status);
            foreach (var _ in mechanism.Indicators.Concat(mechanism.Duties))
                csv.Append(',').Append(status == "yes" ? (random.Next(100) < 75 ? "yes" : "no") : "");
            csv.Append('\n');
        }
        return csv.ToString();
    }

    private static string People(Dictionary<string, string> statuses, ReferenceData reference, Random random)
    {
        var csv = new StringBuilder("municipality,community,gender\n");
        foreach (var (municipality, _) in statuses.Where(s => s.Value == "yes"))
        {
            for (var i = random.Next(1, 10); i > 0; i--)
            {
                var community = reference.CommunityCodes[Math.Min(random.Next(reference.CommunityCodes.Count), random.Next(reference.CommunityCodes.Count))];
                csv.Append(CultureInfo.InvariantCulture, $"{municipality},{community},{(random.Next(3) == 0 ? "female" : "male")}\n");
            }
        }
        return csv.ToString();
    }

    private static GeneratedFile Text(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));
}
