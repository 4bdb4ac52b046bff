using Mcro.Loading;

namespace Mcro.DataGen;

/// <summary>
/// What a generated dataset takes over unchanged from a real one: config.yaml, communities.csv, tasks.csv and the page
/// texts (i18n/*.yaml). Copied byte for byte, so a generated dataset always has the texts the current templates need.
/// </summary>
public sealed record ReferenceData(IReadOnlyList<GeneratedFile> Files, IReadOnlyList<string> CommunityCodes, IReadOnlyList<string> TaskKeys)
{
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
        return new ReferenceData(files, [.. dataset.Communities.Select(c => c.Code)], [.. dataset.Tasks.Select(t => t.Key)]);
    }
}
