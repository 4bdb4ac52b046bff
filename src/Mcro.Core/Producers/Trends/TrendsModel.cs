using System.Globalization;
using Mcro.Indicators.Change;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Producers.Trends.Views;

namespace Mcro.Producers.Trends;

/// <summary>Why each series breaks where it does, from the data: the number of MOCRs changed, or the offices left out did.</summary>
public static class TrendsModel
{
    /// <summary>The years after a break in any series, oldest first, each with its note's number ("1", "2", …).</summary>
    public static IReadOnlyDictionary<int, string> NoteNumbers(IEnumerable<TrendSeries> series) =>
        series.SelectMany(s => s.Breaks).Distinct().Order().Select((year, i) => (year, i))
            .ToDictionary(b => b.year, b => (b.i + 1).ToString(CultureInfo.InvariantCulture));

    public static IReadOnlyList<BreakNote> Breaks(Dataset dataset, IReadOnlyDictionary<int, string> numbers, TextCatalog text, EditionNames names)
    {
        var years = dataset.Years.Keys.Order().ToList();
        return [.. numbers.OrderBy(n => n.Key).Select(n =>
        {
            var year = n.Key;
            var previous = years[years.IndexOf(year) - 1];
            var y = ("year", year.ToString(CultureInfo.InvariantCulture));
            List<string> reasons = [];
            var opened = dataset.Municipalities.Where(m => m.HasMocrIn(year) && !m.HasMocrIn(previous)).Select(m => names.Municipality(m.Code)).ToList();
            var closed = dataset.Municipalities.Where(m => !m.HasMocrIn(year) && m.HasMocrIn(previous)).Select(m => names.Municipality(m.Code)).ToList();
            if (opened.Count > 0) reasons.Add(text.Text(TrendsTexts.OfficesOpened, y, ("names", text.JoinList(opened))));
            if (closed.Count > 0) reasons.Add(text.Text(TrendsTexts.OfficesClosed, y, ("names", text.JoinList(closed))));
            reasons.Add(ExclusionNote.Of(dataset.Years[previous], previous, text, names));
            reasons.Add(ExclusionNote.Of(dataset.Years[year], year, text, names));
            return new BreakNote(n.Value, $"break-{year.ToString(CultureInfo.InvariantCulture)}",
                text.Text(TrendsTexts.BreakNote, ("previous", previous.ToString(CultureInfo.InvariantCulture)), y), reasons);
        })];
    }
}
