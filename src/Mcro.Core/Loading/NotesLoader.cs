using System.Collections.Immutable;
using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Loading;

/// <summary>Loads a year's notes.yaml: exclusions from core tasks with their reasons, and extra notes.</summary>
public static class NotesLoader
{
    private static readonly string[] TopKeys = ["exclusions", "notes"];
    private static readonly string[] ExclusionKeys = ["municipality", "tasks", "reason"];
    private static readonly string[] NoteKeys = ["section", "text"];

    private static YamlMapping? Root(DataFolder folder, int year)
    {
        var file = $"{year}/notes.yaml";
        if (folder.ReadYaml(file) is not { } root) return null;
        return YamlValues.Mapping(root, file, new SourceLocation(folder.Display(file), 1, 1), folder.Bag);
    }

    public static (ImmutableArray<Exclusion> Exclusions, ImmutableArray<SheetNote> Notes) Load(DataFolder folder, int year)
    {
        if (Root(folder, year) is not { } map) return ([], []);
        YamlValues.RejectUnknownKeys(map, "notes.yaml", TopKeys, folder.Bag);
        return (Exclusions(map, folder.Bag), Notes(map, folder.Bag));
    }

    private static ImmutableArray<Exclusion> Exclusions(YamlMapping map, DiagnosticBag bag)
    {
        var result = ImmutableArray.CreateBuilder<Exclusion>();
        foreach (var item in YamlValues.Sequence(map["exclusions"], "exclusions", bag))
        {
            if (YamlValues.Mapping(item, "an exclusion", item.Location, bag) is not { } entry) continue;
            YamlValues.RejectUnknownKeys(entry, "an exclusion", ExclusionKeys, bag);
            var municipality = YamlValues.Scalar(entry["municipality"], "exclusion municipality", entry.Location, bag) is { } m
                ? CellReader.Code(m, entry["municipality"]!.Location, "municipality code", bag) : null;
            var reason = YamlValues.Localized(entry["reason"], "reason", entry.Location, bag);
            var (all, tasks) = Tasks(entry["tasks"], entry.Location, bag);
            if (municipality is null || (!all && tasks.IsEmpty)) continue;
            result.Add(new Exclusion(municipality, all, tasks, reason, entry.Location));
        }
        return result.ToImmutable();
    }

    /// <summary>An exclusion's list of keys ("all", one key, or a list), named in messages as <paramref name="what"/> with an example key.</summary>
    internal static (bool All, ImmutableArray<string> Tasks) Tasks(YamlNode? node, SourceLocation fallback, DiagnosticBag bag, string what = "task", string example = "coordination")
    {
        if (node is YamlScalar { Value: "all" }) return (true, []);
        if (node is null or YamlScalar { Value: "" })
        {
            bag.Add(node?.Location ?? fallback, ProblemCode.ValueMissing, $"exclusion {what}s: list the {what} keys, e.g. [{example}], or write: all");
            return (false, []);
        }
        var tasks = ImmutableArray.CreateBuilder<string>();
        var items = node is YamlScalar single ? [single] : YamlValues.Sequence(node, $"exclusion {what}s", bag);
        if (items.IsEmpty && node is YamlSequence)
            bag.Add(node.Location, ProblemCode.ValueMissing, $"exclusion {what}s: list the {what} keys, e.g. [{example}], or write: all");
        foreach (var item in items)
        {
            if (YamlValues.Scalar(item, $"a {what} key", item.Location, bag) is { } key &&
                CellReader.Code(key, item.Location, $"{what} key", bag) is { } code)
                tasks.Add(code);
        }
        return (false, tasks.ToImmutable());
    }

    private static ImmutableArray<SheetNote> Notes(YamlMapping map, DiagnosticBag bag)
    {
        var result = ImmutableArray.CreateBuilder<SheetNote>();
        foreach (var item in YamlValues.Sequence(map["notes"], "notes", bag))
        {
            if (YamlValues.Mapping(item, "a note", item.Location, bag) is not { } entry) continue;
            YamlValues.RejectUnknownKeys(entry, "a note", NoteKeys, bag);
            var section = YamlValues.Scalar(entry["section"], "note section", entry.Location, bag);
            if (section is not null && !SheetNote.Sections.Contains(section))
            {
                bag.Add(entry["section"]!.Location, ProblemCode.ValueDomain,
                    $"note section: '{Printable.Quote(section)}' is not allowed; use one of: {string.Join(", ", SheetNote.Sections)}");
                continue;
            }
            var text = YamlValues.Localized(entry["text"], "text", entry.Location, bag);
            if (section is not null) result.Add(new SheetNote(section, text, entry.Location));
        }
        return result.ToImmutable();
    }
}
