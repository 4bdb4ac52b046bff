using System.Collections.Immutable;
using System.Globalization;
using Mcro.Diagnostics;
using Mcro.Model;
using Mcro.Model.Mechanisms;

namespace Mcro.Loading.Mechanisms;

/// <summary>Loads the series' definitions, mechanisms/*.yaml, each named by its file (mechanisms/cc.yaml is "cc").</summary>
public static class MechanismDefinitionLoader
{
    public const string Folder = "mechanisms";

    private static readonly string[] Keys =
        ["order", "data", "name", "plural", "abbreviation", "mandate", "legal_basis", "mandatory", "people", "indicators", "duties", "sections"];
    private static readonly string[] MandatoryKeys = ["where", "threshold"];
    private static readonly string[] PeopleKeys = ["label", "representation"];
    private static readonly string[] QuestionKeys = ["key", "label"];

    private static readonly Dictionary<string, MandatoryWhere> Wheres = new()
    {
        ["everywhere"] = MandatoryWhere.Everywhere, ["threshold"] = MandatoryWhere.Threshold, ["nowhere"] = MandatoryWhere.Nowhere,
    };

    public static readonly IReadOnlyDictionary<string, MechanismSection> Sections = new Dictionary<string, MechanismSection>
    {
        ["establishment"] = MechanismSection.Establishment, ["functioning"] = MechanismSection.Functioning, ["people"] = MechanismSection.People,
        ["representation"] = MechanismSection.Representation, ["duties"] = MechanismSection.Duties,
    };

    /// <summary>The definition files, by id, in ordinal order of their names; none when the data folder has no mechanisms/ folder.</summary>
    public static IReadOnlyList<string> Files(string root)
    {
        var folder = Path.Join(root, Folder);
        if (!Directory.Exists(folder)) return [];
        return [.. Directory.EnumerateFiles(folder, "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
    }

    public static ImmutableArray<MechanismDefinition> Load(DataFolder folder)
    {
        var result = new List<MechanismDefinition>();
        foreach (var file in Files(folder.Root))
        {
            var relative = Folder + "/" + file;
            var id = Path.GetFileNameWithoutExtension(file);
            var at = new SourceLocation(folder.Display(relative), 1, 1);
            if (CellReader.Code(id, at, "mechanism id (the file's name)", folder.Bag) is null) continue;
            if (Site.SiteLayout.ReservedFolders.Contains(id))
            {
                folder.Bag.Add(at, ProblemCode.MechanismDefinition, $"'{id}' cannot name a mechanism: the site already has a folder of that name; rename {relative}");
                continue;
            }
            if (folder.ReadYaml(relative) is not { } root || YamlValues.Mapping(root, relative, at, folder.Bag) is not { } map) continue;
            if (Definition(id, map, folder.Bag) is { } definition) result.Add(definition);
        }
        return [.. result.OrderBy(d => d.Order).ThenBy(d => d.Id, StringComparer.Ordinal)];
    }

    private static MechanismDefinition? Definition(string id, YamlMapping map, DiagnosticBag bag)
    {
        YamlValues.RejectUnknownKeys(map, $"mechanism {id}", Keys, bag);
        var before = bag.Count;
        // Each missing key is reported once, by its own message: YamlValues.Scalar would also call it missing, without the hint.
        var order = map["order"] is not null && YamlValues.Scalar(map["order"], "order", map.Location, bag) is { } o
            ? Number(o, map["order"]!.Location, "order", bag) : null;
        var offices = false;
        if (map["data"] is { } data && YamlValues.Scalar(data, "data", map.Location, bag) is { } kind)
        {
            if (kind == "offices") offices = true;
            else bag.Add(data.Location, ProblemCode.ValueDomain, "data: the only built-in kind is 'offices' (the MOCR's offices.csv, staff.csv and notes.yaml); leave the key out for a mechanism of its own");
        }
        LocalizedText Text(string key, bool required = true)
        {
            if (map[key] is null)
            {
                if (required) bag.Add(map.Location, ProblemCode.ValueMissing, $"mechanism {id}: '{key}' is missing (a text per language: sq, sr, en)");
                return LocalizedText.Empty;
            }
            return YamlValues.Localized(map[key], key, map.Location, bag);
        }
        var name = Text("name");
        var plural = Text("plural");
        var abbreviation = Text("abbreviation");
        var mandate = Text("mandate");
        var legalBasis = Text("legal_basis");
        var mandatory = Mandatory(map["mandatory"], map.Location, bag, offices);
        var people = People(map["people"], map.Location, bag);
        var indicators = Questions(map["indicators"], "indicators", bag);
        var duties = Questions(map["duties"], "duties", bag);
        var sections = SectionsOf(map["sections"], map.Location, bag, offices);
        if (map["order"] is null)
            bag.Add(map.Location, ProblemCode.ValueMissing, $"mechanism {id}: 'order' is missing (its place in the series, a whole number)");
        if (bag.Count != before || order is null) return null;
        return new MechanismDefinition(id, order.Value, name, plural, abbreviation, mandate, legalBasis, mandatory, people, indicators, duties, sections, map.Location)
        {
            IsOffices = offices,
        };
    }

    private static int? Number(string value, SourceLocation at, string what, DiagnosticBag bag)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 1000) return number;
        bag.Add(at, ProblemCode.ValueDomain, $"{what} must be a whole number from 1 to 999, not '{Printable.Quote(value)}'");
        return null;
    }

    private static MandatoryRule Mandatory(YamlNode? node, SourceLocation fallback, DiagnosticBag bag, bool offices)
    {
        if (node is null) return offices ? MandatoryRule.Everywhere : Missing();
        if (YamlValues.Mapping(node, "mandatory", fallback, bag) is not { } map) return MandatoryRule.Everywhere;
        YamlValues.RejectUnknownKeys(map, "mandatory", MandatoryKeys, bag);
        var where = map["where"] is not null && YamlValues.Scalar(map["where"], "mandatory.where", map.Location, bag) is { } w
            ? CellReader.Choice(w, map["where"]!.Location, "mandatory.where", Wheres, bag) : null;
        if (where is null)
        {
            if (map["where"] is null) bag.Add(map.Location, ProblemCode.ValueMissing, "mandatory.where is missing: everywhere, threshold or nowhere");
            return MandatoryRule.Everywhere;
        }
        if (where != MandatoryWhere.Threshold)
        {
            if (map["threshold"] is { } extra) bag.Add(extra.Location, ProblemCode.YamlUnknownKey, $"mandatory.threshold applies only with where: threshold, not {where.Value.ToString().ToLowerInvariant()}");
            return new MandatoryRule(where.Value, 0);
        }
        if (map["threshold"] is null || YamlValues.Scalar(map["threshold"], "mandatory.threshold", map.Location, bag) is not { } t)
        {
            if (map["threshold"] is null) bag.Add(map.Location, ProblemCode.ValueMissing, "mandatory.threshold is missing: the percent of the population, e.g. 10");
            return MandatoryRule.Everywhere;
        }
        if (!decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var threshold) || threshold is <= 0 or > 100)
        {
            bag.Add(map["threshold"]!.Location, ProblemCode.ValueDomain, $"mandatory.threshold must be a percent above 0 and at most 100 ('.' before decimals), not '{Printable.Quote(t)}'");
            return MandatoryRule.Everywhere;
        }
        return new MandatoryRule(MandatoryWhere.Threshold, threshold);

        MandatoryRule Missing()
        {
            bag.Add(fallback, ProblemCode.ValueMissing, "'mandatory' is missing: where the mechanism is required (where: everywhere, threshold or nowhere)");
            return MandatoryRule.Everywhere;
        }
    }

    private static PeopleDefinition People(YamlNode? node, SourceLocation fallback, DiagnosticBag bag)
    {
        if (node is null || YamlValues.Mapping(node, "people", fallback, bag) is not { } map) return PeopleDefinition.None;
        YamlValues.RejectUnknownKeys(map, "people", PeopleKeys, bag);
        if (map["label"] is null) bag.Add(map.Location, ProblemCode.ValueMissing, "people.label is missing: what the people are (members, the post holder), per language");
        var label = YamlValues.Localized(map["label"], "people.label", map.Location, bag);
        var representation = map["representation"] is { } r && YamlValues.Boolean(r, "people.representation", false, bag) == true;
        return new PeopleDefinition(label, representation);
    }

    private static ImmutableArray<MechanismQuestion> Questions(YamlNode? node, string what, DiagnosticBag bag)
    {
        if (node is null) return [];
        var result = ImmutableArray.CreateBuilder<MechanismQuestion>();
        foreach (var item in YamlValues.Sequence(node, what, bag))
        {
            if (YamlValues.Mapping(item, $"an entry of {what}", item.Location, bag) is not { } entry) continue;
            YamlValues.RejectUnknownKeys(entry, $"an entry of {what}", QuestionKeys, bag);
            var key = entry["key"] is not null && YamlValues.Scalar(entry["key"], $"{what} key", entry.Location, bag) is { } k
                ? CellReader.Code(k, entry["key"]!.Location, $"{what} key", bag) : null;
            if (entry["key"] is null) bag.Add(entry.Location, ProblemCode.ValueMissing, $"an entry of {what} has no key (its column in municipalities.csv)");
            if (entry["label"] is null) bag.Add(entry.Location, ProblemCode.ValueMissing, $"an entry of {what} has no label (per language)");
            var label = YamlValues.Localized(entry["label"], $"{what} label", entry.Location, bag);
            if (key is null) continue;
            if (key is "municipality" or "status")
            {
                bag.Add(entry["key"]!.Location, ProblemCode.ValueDomain, $"{what} key '{key}' is a column municipalities.csv already has");
                continue;
            }
            result.Add(new MechanismQuestion(key, label, entry.Location));
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<MechanismSection> SectionsOf(YamlNode? node, SourceLocation fallback, DiagnosticBag bag, bool offices)
    {
        if (node is null)
        {
            if (!offices) bag.Add(fallback, ProblemCode.ValueMissing, $"'sections' is missing: the sheet's sections in order, from {string.Join(", ", Sections.Keys)}");
            return [];
        }
        var result = ImmutableArray.CreateBuilder<MechanismSection>();
        foreach (var item in YamlValues.Sequence(node, "sections", bag))
        {
            if (YamlValues.Scalar(item, "a section", item.Location, bag) is not { } value) continue;
            if (CellReader.Choice(value, item.Location, "sections", Sections, bag) is { } section)
            {
                if (result.Contains(section)) bag.Add(item.Location, ProblemCode.ValueDuplicate, $"section '{value}' is listed twice");
                else result.Add(section);
            }
        }
        return result.ToImmutable();
    }
}
