using System.Text.Json;
using Mcro.Downloads;
using Mcro.Indicators;
using Mcro.Indicators.Change;
using Mcro.Indicators.Figures;
using Mcro.Tests.Indicators;
using F = Mcro.Indicators.Figures.FigureCatalog;

namespace Mcro.Tests.Downloads;

/// <summary>
/// indicators.json and indicators.csv of every sample year hold the same figures, each named by the catalogue: every
/// CSV row is a catalogue figure with its breakdown, and its value is the one at the figure's place in the JSON.
/// </summary>
public class FigureAgreementTests
{
    private static readonly IReadOnlyDictionary<int, YearIndicators> Years = IndicatorCalculator.ComputeEveryYear(SampleData.Dataset);
    private static readonly IReadOnlyDictionary<int, YearChange> Changes = YearChange.EveryYear(Years);

    private static readonly string[] Columns = ["municipality", "community", "task", "taskCount"];

    public static TheoryData<int> SampleYears() => [.. SampleData.Dataset.Years.Keys.Order()];

    [Theory]
    [MemberData(nameof(SampleYears))]
    public void Every_csv_row_is_a_catalogue_figure_broken_down_as_the_catalogue_says(int year)
    {
        foreach (var row in Rows(year))
        {
            var figure = F.Find(row["figure"]);
            Assert.True(figure is not null, $"{row["figure"]} is not in the catalogue");
            Assert.True(figure.Outputs.HasFlag(FigureOutputs.Csv), figure.Key);
            foreach (var (column, by) in Columns.Zip([FigureBreakdown.Municipality, FigureBreakdown.Community, FigureBreakdown.Task, FigureBreakdown.TaskCount]))
                Assert.True(row[column].Length > 0 == figure.By.HasFlag(by), $"{figure.Key}: {column} '{row[column]}'");
        }
    }

    [Fact]
    public void Every_figure_written_to_the_csv_appears_in_the_sample()
    {
        var written = Years.Keys.SelectMany(Rows).Select(r => r["figure"]).ToHashSet(StringComparer.Ordinal);
        var expected = F.All.Where(f => f.Outputs.HasFlag(FigureOutputs.Csv)).Select(f => f.Key);

        Assert.Equal(expected.Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SampleYears))]
    public void The_json_and_the_csv_give_every_figure_the_same_value(int year)
    {
        using var json = JsonDocument.Parse(IndicatorsJsonWriter.Write(Years[year], Changes.GetValueOrDefault(year)));
        foreach (var row in Rows(year))
            Assert.True(row["value"] == JsonValue(json.RootElement, F.Find(row["figure"])!, row), $"{row["figure"]} {string.Join(",", Columns.Select(c => row[c]))}");
    }

    [Theory]
    [MemberData(nameof(SampleYears))]
    public void The_json_holds_exactly_the_figures_the_catalogue_writes_to_it(int year)
    {
        using var json = JsonDocument.Parse(IndicatorsJsonWriter.Write(Years[year], Changes.GetValueOrDefault(year)));
        var paths = new HashSet<string>(StringComparer.Ordinal);
        Leaves(json.RootElement, "", paths);
        var expected = F.All.Where(f => f.Outputs.HasFlag(FigureOutputs.Json)).Select(f => (f.Key.Contains('.') ? f.Key[..(f.Key.LastIndexOf('.') + 1)] : "") + f.JsonName);

        Assert.Equal(expected.Order(StringComparer.Ordinal), paths.Order(StringComparer.Ordinal));
    }

    private static List<Dictionary<string, string>> Rows(int year)
    {
        var lines = IndicatorsCsvWriter.Write(Years[year], Changes.GetValueOrDefault(year)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(c => c.First, c => c.Second, StringComparer.Ordinal))];
    }

    /// <summary>The value at the figure's place in the yearly object, written as the CSV writes it.</summary>
    private static string JsonValue(JsonElement root, Figure figure, Dictionary<string, string> row)
    {
        if (figure.Unit is FigureUnit.Difference or FigureUnit.DisplayedDifference or FigureUnit.DisplayedNumber or FigureUnit.Basis)
        {
            var headline = F.Headlines.Single(h => F.ChangeOf(h) == figure || F.DisplayedChangeOf(h) == figure || F.BasisOf(h) == figure
                || F.DisplayedValuesOf(h).Previous == figure || F.DisplayedValuesOf(h).Current == figure);
            var change = root.GetProperty("change").GetProperty("figures").EnumerateArray().Single(c =>
                c.GetProperty("figure").GetString() == headline.Key && (c.GetProperty("task").GetString() ?? "") == row["task"]);
            return figure.Unit switch
            {
                FigureUnit.Basis => change.GetProperty("basis").GetString()!,
                FigureUnit.DisplayedDifference => change.GetProperty("displayedDifference").GetRawText(),
                FigureUnit.DisplayedNumber => change.GetProperty(F.DisplayedValuesOf(headline).Current == figure ? "displayedValue" : "displayedPreviousValue").GetRawText(),
                _ => change.GetProperty("difference").GetRawText(),
            };
        }
        var list = (Figure[])[F.SimilarOffices.Member, F.TasksExcluded.Member, F.TasksPerformedExcluded.Member];
        var counted = (Figure[])[F.SimilarOffices.Count, F.TasksExcluded.Count, F.TasksPerformedExcluded.Count];
        var member = Array.IndexOf(list, figure);
        var segments = (member >= 0 ? counted[member] : figure).Key.Split('.');
        var node = root;
        foreach (var segment in segments[..^1])
        {
            node = node.GetProperty(segment);
            if (node.ValueKind == JsonValueKind.Array) node = node.EnumerateArray().Single(e => Columns.All(c => !e.TryGetProperty(c, out var v) || v.GetString() == row[c]));
        }
        node = node.GetProperty(member >= 0 ? counted[member].JsonName : figure.JsonName);
        if (member >= 0) return node.EnumerateArray().Any(e => e.GetString() == row["municipality"]) ? "1" : "not listed";
        return node.ValueKind switch
        {
            JsonValueKind.Null => "",
            JsonValueKind.String => node.GetString()!,
            JsonValueKind.Object => node.GetProperty(row["task"]).GetString()!,
            JsonValueKind.Array when figure.By.HasFlag(FigureBreakdown.TaskCount) => node[int.Parse(row["taskCount"], System.Globalization.CultureInfo.InvariantCulture)].GetRawText(),
            JsonValueKind.Array => node.GetArrayLength().ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => node.GetRawText(),
        };
    }

    /// <summary>The dotted path of every value but the breakdown's own members, arrays and objects of codes counted as one value.</summary>
    private static void Leaves(JsonElement node, string path, HashSet<string> paths)
    {
        foreach (var property in node.EnumerateObject())
        {
            var at = path + property.Name;
            if (property.Name == "change" && path.Length == 0) continue;
            if (property.Name is "year" or "municipality" or "community" or "task") continue;
            var value = property.Value;
            // An empty list of breakdowns (an office without staff) holds no figure.
            if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0 && F.All.Any(f => f.Group == property.Name)) continue;
            if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.Object)
                foreach (var element in value.EnumerateArray()) Leaves(element, at + ".", paths);
            else if (value.ValueKind == JsonValueKind.Object && property.Name != F.OfficeTaskAnswer.JsonName) Leaves(value, at + ".", paths);
            else paths.Add(at);
        }
    }
}
