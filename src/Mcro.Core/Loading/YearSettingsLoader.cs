using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Loading;

/// <summary>
/// Loads a year's optional year.yaml, the year's own settings: <c>status: draft</c> while the year is being filled in
/// (removing the line publishes it). Unknown keys and values are refused at their position, as in every YAML file.
/// </summary>
public static class YearSettingsLoader
{
    public const string FileName = "year.yaml";

    /// <summary>The keys year.yaml may hold; a year's next setting (a publication date, say) is one more here.</summary>
    public static readonly IReadOnlyList<string> Keys = ["status"];

    private static readonly Dictionary<string, YearStatus> Statuses = new(StringComparer.Ordinal)
    {
        ["draft"] = YearStatus.Draft,
        ["published"] = YearStatus.Published,
    };

    public static string PathOf(int year) => $"{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{FileName}";

    public static YearSettings Load(DataFolder folder, int year)
    {
        var file = PathOf(year);
        if (!folder.Exists(file)) return YearSettings.Published;
        if (folder.ReadYaml(file) is not { } root
            || YamlValues.Mapping(root, FileName, new SourceLocation(folder.Display(file), 1, 1), folder.Bag) is not { } map)
            return YearSettings.Published;
        YamlValues.RejectUnknownKeys(map, FileName, Keys, folder.Bag);
        return new YearSettings(Status(map["status"], folder.Bag));
    }

    /// <summary>
    /// Whether the year's year.yaml says <c>status: draft</c>, read quietly: what else is wrong with the file is
    /// validate's to report, and a build that leaves drafts out must not fail on a draft it does not build.
    /// </summary>
    public static bool IsDraft(string root, int year) => Load(new DataFolder(root, "", new DiagnosticBag()), year).IsDraft;

    /// <summary>The draft years among <paramref name="years"/> of the data folder at <paramref name="root"/>.</summary>
    public static IReadOnlySet<int> Drafts(string root, IEnumerable<int> years) => years.Where(year => IsDraft(root, year)).ToHashSet();

    private static YearStatus Status(YamlNode? node, DiagnosticBag bag)
    {
        // No status is a published year: the line is removed to publish.
        if (node is null) return YearStatus.Published;
        if (node is not YamlScalar scalar)
        {
            bag.Add(node.Location, ProblemCode.YamlShape, "status must be a single value: draft or published");
            return YearStatus.Published;
        }
        if (Statuses.TryGetValue(scalar.Value.Trim(), out var status)) return status;
        bag.Add(scalar.Location, ProblemCode.ValueDomain,
            $"status: '{Printable.Quote(scalar.Value)}' is neither draft nor published{Suggestions.DidYouMean(scalar.Value.Trim(), Statuses.Keys)} (draft leaves the year out of the site; remove the line to publish it)");
        return YearStatus.Published;
    }
}
