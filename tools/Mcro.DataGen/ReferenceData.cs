using Mcro.Loading;
using Mcro.Loading.Mechanisms;
using Mcro.Model.Mechanisms;

namespace Mcro.DataGen;

/// <summary>
/// What a generated dataset takes over unchanged from a real one: config.yaml, communities.csv, tasks.csv and the page
/// texts (i18n/*.yaml). Copied byte for byte, so a generated dataset always has the texts the current templates need.
/// </summary>
public sealed record ReferenceData(IReadOnlyList<GeneratedFile> Files, IReadOnlyList<string> CommunityCodes, IReadOnlyList<string> TaskKeys)
{
    /// <summary>The series' definitions (mechanisms/*.yaml), copied byte for byte when a dataset has more than the MOCR: the MOCR's first, then in the series' order.</summary>
    public IReadOnlyList<ReferenceMechanism> Mechanisms { get; init; } = [];

    public static readonly string[] CopiedFiles = ["config.yaml", "communities.csv", "tasks.csv"];

    /// <summary>Reads the reference files of the dataset in <paramref name="folder"/>; it must load without problems.</summary>
    public static ReferenceData From(string folder)
    {
        var loaded = DatasetLoader.Load(folder, folder);
        if (loaded.Value is not { } dataset || loaded.Problems.Count > 0)
            throw new InvalidDataException($"the source dataset {folder} does not load cleanly ({loaded.Problems.Count} problem(s)); run mcro validate --data {folder}");
        var files = CopiedFiles
            .Concat(dataset.Config.Languages.Select(l => $"i18n/{l}.yaml"))
            .Select(path => new GeneratedFile(path, File.ReadAllBytes(Path.Combine(folder, path))))
            .ToList();
        var mechanisms = dataset.Mechanisms.OrderBy(m => m.IsOffices ? 0 : 1)
            .Select(m => new ReferenceMechanism(m.Id, m.IsOffices, [.. m.Indicators.Select(q => q.Key)], [.. m.Duties.Select(q => q.Key)], m.People.Representation || m.Has(MechanismSection.People),
                new GeneratedFile($"{MechanismDefinitionLoader.Folder}/{m.Id}.yaml", File.ReadAllBytes(Path.Combine(folder, MechanismDefinitionLoader.Folder, m.Id + ".yaml")))))
            .ToList();
        return new ReferenceData(files, [.. dataset.Communities.Select(c => c.Code)], [.. dataset.Tasks.Select(t => t.Key)]) { Mechanisms = mechanisms };
    }
}

/// <summary>A mechanism of the reference's series: its definition file and the columns and people its year tables need.</summary>
public sealed record ReferenceMechanism(string Id, bool IsOffices, IReadOnlyList<string> Indicators, IReadOnlyList<string> Duties, bool HasPeople, GeneratedFile Definition);
