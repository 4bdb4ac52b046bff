using System.Globalization;
using System.Text;

namespace Mcro.DataGen;

/// <summary>
/// A valid synthetic dataset (docs/data-format.md) of any size: municipalities with and without a MOCR, offices
/// established over the years, staff, tasks answered yes/no, exclusions (of some tasks and of all) with their n/a
/// answers, and a few notes. Pure: the same options and reference data give the same bytes on every machine
/// (System.Random with a seed is a fixed algorithm; numbers are written with the invariant culture; LF line ends).
/// </summary>
public static class DatasetGenerator
{
    public static IReadOnlyList<GeneratedFile> Generate(GeneratorOptions options, ReferenceData reference)
    {
        if (options.Problem() is { } problem) throw new ArgumentException(problem, nameof(options));
        var random = new Random(options.Seed);
        var municipalities = Enumerable.Range(0, options.Municipalities).Select(i => NewMunicipality(i, options, random)).ToList();
        var files = new List<GeneratedFile>(reference.Files) { Csv("municipalities.csv", MunicipalitiesCsv(municipalities)) };
        for (var year = options.FirstYear; year < options.FirstYear + options.Years; year++)
        {
            var offices = municipalities.Where(m => m.MocrSince <= year).Select(m => NewOffice(m.Code, reference, random)).ToList();
            files.Add(Csv($"{year}/offices.csv", OfficesCsv(offices, reference)));
            files.Add(Csv($"{year}/staff.csv", StaffCsv(offices, reference, random)));
            files.Add(Csv($"{year}/notes.yaml", NotesYaml(offices, year, random)));
        }
        if (options.Mechanisms > 1) files.AddRange(SeriesGenerator.Generate(options, reference, [.. municipalities.Select(m => m.Code)]));
        return files;
    }

    /// <summary>Writes the files under <paramref name="folder"/>, which must not exist or be empty.</summary>
    public static void Write(IReadOnlyList<GeneratedFile> files, string folder)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new IOException($"{folder} is not empty; generate into a new folder");
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }
    }

    private sealed record GeneratedMunicipality(string Code, int Number, int? MocrSince, bool SimilarOffice);

    private sealed record Exclusion(bool AllTasks, IReadOnlyList<string> Tasks);

    private sealed record GeneratedOffice(string Municipality, bool WorkPlan, bool AnnualReport, IReadOnlyList<string> Answers, Exclusion? Exclusion);

    private static GeneratedMunicipality NewMunicipality(int index, GeneratorOptions options, Random random)
    {
        var code = $"m{index + 1:0000}";
        // The first municipality always has a MOCR from the start, so no year is without offices.
        if (index == 0) return new(code, index + 1, options.FirstYear - 1, false);
        var kind = random.Next(100);
        if (kind < 85)
        {
            // Most offices exist before the first year; some open during the period, as MOCRs did.
            var since = random.Next(100) < 70
                ? options.FirstYear - random.Next(1, 10)
                : options.FirstYear + random.Next(Math.Max(1, options.Years));
            return new(code, index + 1, since, false);
        }
        return new(code, index + 1, null, kind < 93);
    }

    private static GeneratedOffice NewOffice(string municipality, ReferenceData reference, Random random)
    {
        Exclusion? exclusion = null;
        if (random.Next(100) < 8)
        {
            exclusion = random.Next(2) == 0
                ? new Exclusion(true, reference.TaskKeys)
                : new Exclusion(false, reference.TaskKeys.Where(_ => random.Next(100) < 25).DefaultIfEmpty(reference.TaskKeys[0]).ToList());
        }
        var answers = reference.TaskKeys
            .Select(task => exclusion?.Tasks.Contains(task) == true ? "n/a" : random.Next(100) < 70 ? "yes" : "no")
            .ToList();
        return new GeneratedOffice(municipality, random.Next(100) < 80, random.Next(100) < 75, answers, exclusion);
    }

    private static string MunicipalitiesCsv(IEnumerable<GeneratedMunicipality> municipalities)
    {
        var csv = new StringBuilder("code,name_sq,name_sr,name_en,mocr_since,similar_office\n");
        foreach (var m in municipalities)
        {
            var since = m.MocrSince?.ToString(CultureInfo.InvariantCulture) ?? "";
            csv.Append(CultureInfo.InvariantCulture,
                $"{m.Code},Komuna {m.Number},Opština {m.Number},Komuna/Opština {m.Number},{since},{(m.SimilarOffice ? "yes" : "no")}\n");
        }
        return csv.ToString();
    }

    private static string OfficesCsv(IEnumerable<GeneratedOffice> offices, ReferenceData reference)
    {
        var csv = new StringBuilder("municipality,work_plan,annual_report,").AppendJoin(',', reference.TaskKeys).Append('\n');
        foreach (var office in offices)
        {
            csv.Append(office.Municipality).Append(',').Append(YesNo(office.WorkPlan)).Append(',').Append(YesNo(office.AnnualReport))
                .Append(',').AppendJoin(',', office.Answers).Append('\n');
        }
        return csv.ToString();
    }

    private static string StaffCsv(IEnumerable<GeneratedOffice> offices, ReferenceData reference, Random random)
    {
        var csv = new StringBuilder("municipality,position,community,gender\n");
        foreach (var office in offices)
        {
            var people = random.Next(1, 7);
            var hasHead = random.Next(100) < 90;
            for (var i = 0; i < people; i++)
            {
                // Most staff come from the first communities listed (the larger ones), as in the published sheets.
                var community = reference.CommunityCodes[Math.Min(random.Next(reference.CommunityCodes.Count), random.Next(reference.CommunityCodes.Count))];
                csv.Append(CultureInfo.InvariantCulture,
                    $"{office.Municipality},{(i == 0 && hasHead ? "head" : "staff")},{community},{(random.Next(2) == 0 ? "female" : "male")}\n");
            }
        }
        return csv.ToString();
    }

    private static string NotesYaml(IEnumerable<GeneratedOffice> offices, int year, Random random)
    {
        var yaml = new StringBuilder("# Synthetic data written by mcro-datagen: not real monitoring results.\n");
        var excluded = offices.Where(o => o.Exclusion is not null).ToList();
        yaml.Append(excluded.Count == 0 ? "exclusions: []\n" : "exclusions:\n");
        foreach (var office in excluded)
        {
            var exclusion = office.Exclusion!;
            yaml.Append("  - municipality: ").Append(office.Municipality).Append('\n')
                .Append("    tasks: ").Append(exclusion.AllTasks ? "all" : "[" + string.Join(", ", exclusion.Tasks) + "]").Append('\n')
                .Append("    reason:\n")
                .Append(CultureInfo.InvariantCulture, $"      sq: \"Zyra {office.Municipality} nuk është përfshirë në vitin {year} (të dhëna sintetike).\"\n")
                .Append(CultureInfo.InvariantCulture, $"      sr: \"Kancelarija {office.Municipality} nije uključena u {year}. godini (sintetički podaci).\"\n")
                .Append(CultureInfo.InvariantCulture, $"      en: \"The office {office.Municipality} is not included in {year} (synthetic data).\"\n");
        }
        if (random.Next(100) < 30)
        {
            yaml.Append("notes:\n  - section: performance\n    text:\n")
                .Append(CultureInfo.InvariantCulture, $"      sq: \"Shënim sintetik për vitin {year}.\"\n")
                .Append(CultureInfo.InvariantCulture, $"      sr: \"Sintetička napomena za {year}. godinu.\"\n")
                .Append(CultureInfo.InvariantCulture, $"      en: \"A synthetic note for {year}.\"\n");
        }
        else
        {
            yaml.Append("notes: []\n");
        }
        return yaml.ToString();
    }

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static GeneratedFile Csv(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));
}
