using System.Collections.Immutable;
using System.Globalization;
using Mcro.Model.Mechanisms;

namespace Mcro.Workbook;

/// <summary>The two sheets of a mechanism defined in data: its table of municipalities (YEAR/ID/municipalities.csv) and its people (YEAR/ID/people.csv).</summary>
public sealed record MechanismSheetNames(string Id, string Table, string People);

/// <summary>
/// The shape both directions agree on for the series' mechanisms: each sheet named from the mechanism's id ("cc",
/// "cc people"), at most 31 characters (a spreadsheet's limit) and unique beside the MOCR's sheets and each other,
/// whatever the ids; the names are a function of the defined ids alone, so export and import find the same ones.
/// </summary>
public static class MechanismSheets
{
    private const int MaxName = 31;
    private const string PeopleSuffix = " people";

    public static readonly IReadOnlyList<string> PeopleColumns = ["municipality", "community", "gender"];

    public static string TableFile(string year, string id) => $"{year}/{id}/municipalities.csv";

    public static string PeopleFile(string year, string id) => $"{year}/{id}/people.csv";

    /// <summary>The keys of the mechanism's table: municipality, status, then its indicators and duties as the definition lists them.</summary>
    public static ImmutableArray<string> TableColumns(MechanismDefinition definition) =>
        [.. new[] { "municipality", "status" }.Concat(definition.Indicators.Select(q => q.Key)).Concat(definition.Duties.Select(q => q.Key)).Distinct(StringComparer.Ordinal)];

    /// <param name="ids">Every mechanism the dataset defines from data, in the series' order.</param>
    public static ImmutableArray<MechanismSheetNames> NamesOf(IEnumerable<string> ids)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            WorkbookLayout.Offices, WorkbookLayout.Staff, WorkbookLayout.Exclusions, WorkbookLayout.Instructions, WorkbookLayout.Lists,
        };
        var result = ImmutableArray.CreateBuilder<MechanismSheetNames>();
        foreach (var id in ids)
        {
            var names = Candidates(id).First(n => !taken.Contains(n.Table) && !taken.Contains(n.People));
            taken.Add(names.Table);
            taken.Add(names.People);
            result.Add(names);
        }
        return result.ToImmutable();
    }

    private static IEnumerable<MechanismSheetNames> Candidates(string id)
    {
        for (var n = 1; ; n++)
        {
            var suffix = n == 1 ? "" : n.ToString(CultureInfo.InvariantCulture);
            var stem = id[..Math.Min(id.Length, MaxName - PeopleSuffix.Length - suffix.Length)] + suffix;
            yield return new MechanismSheetNames(id, stem, stem + PeopleSuffix);
        }
    }
}
