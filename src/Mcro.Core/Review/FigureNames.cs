using System.Text;
using Mcro.Indicators.Figures;
using Mcro.Localization;
using Mcro.Model;

namespace Mcro.Review;

/// <summary>
/// How a row of the tidy CSV is named in a report: its year, the office by municipality name in the edition's language,
/// the figure in the catalogue's words ("workPlans.yes" → "work plans · yes"), then its task, community and task count.
/// </summary>
public sealed class FigureNames(Dataset? dataset)
{
    private readonly Dictionary<string, EditionNames> _editions = new(StringComparer.Ordinal);

    /// <summary>The edition a report shows in full: config.yaml's default language; null without data.</summary>
    public string? DefaultEdition => dataset?.Config.DefaultLanguage;

    /// <summary>The dataset's editions, the default first, then in config.yaml's order.</summary>
    public IReadOnlyList<string> EditionOrder => dataset is null ? [] :
        [.. dataset.Config.Editions.OrderBy(e => e == dataset.Config.DefaultLanguage ? 0 : 1)];

    /// <summary>The figure's name; <paramref name="row"/> holds the CSV's columns (but value) with the row's cells.</summary>
    public string Name(string unit, IReadOnlyList<KeyValuePair<string, string>> row)
    {
        var names = Names(unit);
        var parts = new List<string>();
        string Cell(string column) => row.FirstOrDefault(c => c.Key == column).Value ?? "";
        if (Cell("year") is { Length: > 0 } year) parts.Add(year);
        if (Cell("municipality") is { Length: > 0 } municipality) parts.Add(names?.Municipality(municipality) ?? municipality);
        var figure = Cell("figure");
        if (FigureCatalog.Find(figure) is { } known) parts.Add(known.Words);
        else
        {
            var office = FigureCatalog.OfficeWorkPlan.Group + ".";
            if (figure.StartsWith(office, StringComparison.Ordinal) && Cell("municipality").Length > 0) figure = figure[office.Length..];
            parts.AddRange(figure.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(Words));
        }
        if (Cell("task") is { Length: > 0 } task) parts.Add(task);
        if (Cell("community") is { Length: > 0 } community) parts.Add(names?.Community(community) ?? community);
        if (Cell("taskCount") is { Length: > 0 } count) parts.Add(count + " tasks");
        foreach (var (column, value) in row)
            if (value.Length > 0 && column is not ("year" or "municipality" or "figure" or "task" or "community" or "taskCount")) parts.Add($"{Words(column)} {value}");
        return string.Join(" · ", parts);
    }

    private EditionNames? Names(string unit)
    {
        if (dataset is null || Site.SiteLayout.EditionOf(unit) is not var (_, tag)) return null;
        var edition = Edition.For(tag);
        // An edition the dataset has no names for (a site built from other data) is named by codes.
        if (!dataset.Municipalities.All(m => m.Name.Has(edition.DataLanguage)) || !dataset.Communities.All(c => c.Name.Has(edition.DataLanguage))) return null;
        lock (_editions)
        {
            if (!_editions.TryGetValue(tag, out var names)) _editions[tag] = names = new EditionNames(dataset, edition);
            return names;
        }
    }

    /// <summary>"annualReports" → "annual reports": a column, or a figure this mcro does not write (an older site's), named from its key.</summary>
    private static string Words(string key)
    {
        var sb = new StringBuilder();
        foreach (var c in key)
        {
            if (char.IsUpper(c) && sb.Length > 0) sb.Append(' ');
            sb.Append(c == '_' ? ' ' : char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
