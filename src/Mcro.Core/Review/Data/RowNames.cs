using Mcro.Loading;

namespace Mcro.Review.Data;

/// <summary>
/// Names a municipality as the data spells it in the dataset's languages, each spelling once: "Novobërdë/Novo Brdo"
/// (sq, sr; en spells it as sr does). The newer data's names first, then the older's for a municipality removed.
/// </summary>
public sealed class RowNames
{
    private const string Municipalities = "municipalities.csv";

    private readonly Dictionary<string, string> _municipalities = new(StringComparer.Ordinal);

    public RowNames(params DataTables[] sides)
    {
        foreach (var side in sides)
        {
            if (!side.Tables.TryGetValue(Municipalities, out var table)) continue;
            var header = table.Header.Select(h => h.Name).ToList();
            var code = header.IndexOf("code");
            var columns = side.Languages.Select(l => header.IndexOf(ReferenceListsLoader.NameColumns([l])[0])).Where(i => i >= 0).ToList();
            if (code < 0) continue;
            foreach (var record in table.Records)
            {
                if (code >= record.Values.Length || record.Values[code].Length == 0) continue;
                // "Prishtinë/Priština" in English is its sq and sr names again: each spelling is shown once.
                var spellings = columns.Where(i => i < record.Values.Length)
                    .SelectMany(i => record.Values[i].Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    .Distinct(StringComparer.Ordinal).ToList();
                if (spellings.Count > 0) _municipalities.TryAdd(record.Values[code], string.Join('/', spellings));
            }
        }
    }

    /// <summary>The municipality's names, or its code when the data does not name it.</summary>
    public string Municipality(string code) => _municipalities.TryGetValue(code, out var name) ? name : code;
}
