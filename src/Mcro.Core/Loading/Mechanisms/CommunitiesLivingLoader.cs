using System.Collections.Immutable;
using System.Globalization;
using Mcro.Diagnostics;
using Mcro.Model.Mechanisms;

namespace Mcro.Loading.Mechanisms;

/// <summary>Loads communities-living.csv: which communities live in each municipality, their share of the population, and the years a row holds.</summary>
public static class CommunitiesLivingLoader
{
    public const string File = "communities-living.csv";

    public static ImmutableArray<CommunityPresence> Load(DataFolder folder)
    {
        var result = ImmutableArray.CreateBuilder<CommunityPresence>();
        if (!folder.Exists(File)) return result.ToImmutable();
        if (folder.ReadCsv(File, ["municipality", "community", "share"], ["from", "until"]) is not { } csv) return result.ToImmutable();
        var bag = folder.Bag;
        foreach (var row in csv.Rows(bag))
        {
            var municipality = CellReader.Code(row["municipality"], row.Cell("municipality"), "municipality code", bag);
            var community = CellReader.Code(row["community"], row.Cell("community"), "community code", bag, row["municipality"]);
            var share = Share(row["share"], row.Cell("share"), bag);
            var from = row["from"].Length == 0 ? null : CellReader.Year(row["from"], row.Cell("from"), "from", bag);
            var until = row["until"].Length == 0 ? null : CellReader.Year(row["until"], row.Cell("until"), "until", bag);
            if (municipality is null || community is null || share is null) continue;
            if ((row["from"].Length > 0 && from is null) || (row["until"].Length > 0 && until is null)) continue;
            if (from is not null && until is not null && until < from)
            {
                bag.Add(row.Cell("until"), ProblemCode.ValueDomain, $"until {until} is before from {from}");
                continue;
            }
            result.Add(new CommunityPresence(municipality, community, share.Value, from, until, row.Source));
        }
        return result.ToImmutable();
    }

    private static decimal? Share(string value, SourceLocation at, DiagnosticBag bag)
    {
        if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var share) && share <= 100) return share;
        bag.Add(at, value.Length == 0 ? ProblemCode.ValueMissing : ProblemCode.ValueDomain,
            $"share: '{Printable.Quote(value)}' is not a percent of the population (0 to 100, '.' before decimals, e.g. 9.2)");
        return null;
    }
}
