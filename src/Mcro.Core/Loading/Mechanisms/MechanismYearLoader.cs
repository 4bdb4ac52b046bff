using System.Collections.Immutable;
using Mcro.Diagnostics;
using Mcro.Model;
using Mcro.Model.Mechanisms;

namespace Mcro.Loading.Mechanisms;

/// <summary>Loads a mechanism's year folder, YEAR/ID/: municipalities.csv, people.csv and notes.yaml.</summary>
public static class MechanismYearLoader
{
    private static readonly Dictionary<string, MechanismStatus> Statuses = new()
    {
        ["yes"] = MechanismStatus.Yes, ["vacant"] = MechanismStatus.Vacant, ["dissolved"] = MechanismStatus.Dissolved, ["no"] = MechanismStatus.No,
    };
    private static readonly Dictionary<string, Answer> YesNo = new() { ["yes"] = Answer.Yes, ["no"] = Answer.No };
    private static readonly Dictionary<string, Answer> DutyAnswers = new() { ["yes"] = Answer.Yes, ["no"] = Answer.No, ["n/a"] = Answer.NotApplicable };
    private static readonly Dictionary<string, Gender> Genders = new() { ["female"] = Gender.Female, ["male"] = Gender.Male };
    private static readonly string[] NotesKeys = ["exclusions", "notes"];
    private static readonly string[] ExclusionKeys = ["municipality", "duties", "reason"];
    private static readonly string[] NoteKeys = ["section", "municipality", "text"];

    public static string FolderOf(int year, string id) => $"{year}/{id}";

    /// <summary>Whether the year has data for the mechanism: its folder is there.</summary>
    public static bool HasFolder(DataFolder folder, int year, string id) => Directory.Exists(Path.Join(folder.Root, FolderOf(year, id)));

    public static MechanismYear Load(DataFolder folder, int year, MechanismDefinition definition)
    {
        var at = FolderOf(year, definition.Id);
        var unread = ImmutableArray.CreateBuilder<UnreadRow>();
        var reports = Reports(folder, $"{at}/municipalities.csv", definition, unread);
        var people = People(folder, $"{at}/people.csv");
        var (exclusions, notes) = Notes(folder, $"{at}/notes.yaml");
        var sources = new MechanismSources(folder.SourceName($"{at}/municipalities.csv"), folder.SourceName($"{at}/people.csv"), folder.Display($"{at}/notes.yaml"));
        return new MechanismYear(definition.Id, year, reports, people, exclusions, notes, sources) { UnreadReports = unread.ToImmutable() };
    }

    private static ImmutableArray<MechanismReport> Reports(DataFolder folder, string file, MechanismDefinition definition, ImmutableArray<UnreadRow>.Builder unread)
    {
        var result = ImmutableArray.CreateBuilder<MechanismReport>();
        var indicatorKeys = definition.Indicators.Select(q => q.Key).Distinct(StringComparer.Ordinal).ToArray();
        var dutyKeys = definition.Duties.Select(q => q.Key).Distinct(StringComparer.Ordinal).ToArray();
        if (folder.ReadCsv(file, ["municipality", "status", .. indicatorKeys, .. dutyKeys]) is not { } csv) return result.ToImmutable();
        var bag = folder.Bag;
        foreach (var row in csv.Rows(bag))
        {
            var code = CellReader.Code(row["municipality"], row.Cell("municipality"), "municipality code", bag);
            var of = row["municipality"];
            var status = CellReader.Choice(row["status"], row.Cell("status"), "status", Statuses, bag, of);
            var complete = code is not null && status is not null;
            var indicators = Answers(row, indicatorKeys, YesNo, status, of, bag, ref complete);
            var duties = Answers(row, dutyKeys, DutyAnswers, status, of, bag, ref complete);
            if (!complete)
            {
                unread.Add(new UnreadRow(row.Source, code));
                continue;
            }
            result.Add(new MechanismReport(code!, status!.Value, indicators, duties, row.Source));
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// A working mechanism's answers, each required; a mechanism not working (vacant, dissolved, not established) is asked
    /// nothing, and an answer written for it is reported rather than counted.
    /// </summary>
    private static ImmutableDictionary<string, Answer> Answers(CsvRow row, string[] keys, Dictionary<string, Answer> allowed, MechanismStatus? status,
        string of, DiagnosticBag bag, ref bool complete)
    {
        var answers = ImmutableDictionary.CreateBuilder<string, Answer>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var value = row[key];
            if (status is null) continue;
            if (status != MechanismStatus.Yes)
            {
                if (value.Length > 0)
                {
                    bag.Add(row.Cell(key), ProblemCode.MechanismAnswer,
                        $"{key} is answered '{Printable.Quote(value)}' for '{Printable.Quote(of)}', whose status is {status.Value.Code()}: only a working mechanism (status yes) is asked; leave the cell empty");
                    complete = false;
                }
                continue;
            }
            if (CellReader.Choice(value, row.Cell(key), key, allowed, bag, of) is { } answer) answers[key] = answer;
            else complete = false;
        }
        return answers.ToImmutable();
    }

    private static ImmutableArray<MechanismPerson> People(DataFolder folder, string file)
    {
        var result = ImmutableArray.CreateBuilder<MechanismPerson>();
        if (!folder.Exists(file)) return result.ToImmutable();
        if (folder.ReadCsv(file, ["municipality", "community", "gender"]) is not { } csv) return result.ToImmutable();
        var bag = folder.Bag;
        foreach (var row in csv.Rows(bag))
        {
            var code = CellReader.Code(row["municipality"], row.Cell("municipality"), "municipality code", bag);
            var of = row["municipality"];
            var community = CellReader.Code(row["community"], row.Cell("community"), "community code", bag, of);
            var gender = CellReader.Choice(row["gender"], row.Cell("gender"), "gender", Genders, bag, of);
            if (code is null || community is null || gender is null) continue;
            result.Add(new MechanismPerson(code, community, gender.Value, row.Source));
        }
        return result.ToImmutable();
    }

    private static (ImmutableArray<Exclusion>, ImmutableArray<MechanismNote>) Notes(DataFolder folder, string file)
    {
        if (!folder.Exists(file)) return ([], []);
        if (folder.ReadYaml(file) is not { } root || YamlValues.Mapping(root, file, new SourceLocation(folder.Display(file), 1, 1), folder.Bag) is not { } map)
            return ([], []);
        var bag = folder.Bag;
        YamlValues.RejectUnknownKeys(map, "notes.yaml", NotesKeys, bag);
        var exclusions = ImmutableArray.CreateBuilder<Exclusion>();
        foreach (var item in YamlValues.Sequence(map["exclusions"], "exclusions", bag))
        {
            if (YamlValues.Mapping(item, "an exclusion", item.Location, bag) is not { } entry) continue;
            YamlValues.RejectUnknownKeys(entry, "an exclusion", ExclusionKeys, bag);
            var municipality = Municipality(entry, "exclusion municipality", bag);
            var reason = YamlValues.Localized(entry["reason"], "reason", entry.Location, bag);
            var (all, duties) = NotesLoader.Tasks(entry["duties"], entry.Location, bag, "duty", "outreach");
            if (municipality is null || (!all && duties.IsEmpty)) continue;
            exclusions.Add(new Exclusion(municipality, all, duties, reason, entry.Location));
        }
        var notes = ImmutableArray.CreateBuilder<MechanismNote>();
        foreach (var item in YamlValues.Sequence(map["notes"], "notes", bag))
        {
            if (YamlValues.Mapping(item, "a note", item.Location, bag) is not { } entry) continue;
            YamlValues.RejectUnknownKeys(entry, "a note", NoteKeys, bag);
            var section = YamlValues.Scalar(entry["section"], "note section", entry.Location, bag) is { } s
                ? CellReader.Choice(s, entry["section"]!.Location, "note section", MechanismDefinitionLoader.Sections, bag) : null;
            var municipality = entry["municipality"] is null ? null : Municipality(entry, "note municipality", bag);
            var text = YamlValues.Localized(entry["text"], "text", entry.Location, bag);
            if (section is null || (entry["municipality"] is not null && municipality is null)) continue;
            notes.Add(new MechanismNote(section.Value, municipality, text, entry.Location));
        }
        return (exclusions.ToImmutable(), notes.ToImmutable());
    }

    private static string? Municipality(YamlMapping entry, string what, DiagnosticBag bag) =>
        YamlValues.Scalar(entry["municipality"], what, entry.Location, bag) is { } m
            ? CellReader.Code(m, entry["municipality"]!.Location, "municipality code", bag) : null;
}
