using System.Globalization;
using System.Text;
using Mcro.Model;
using Mcro.Model.Mechanisms;

namespace Mcro.NewYear;

/// <summary>
/// The files of a year for the team to fill in: an offices.csv row per MOCR of that year with every answer empty (so
/// that `mcro validate` lists them), the source year's staff (staff change less often than answers) and its notes,
/// commented out (an exclusion holds for one year until someone says it holds again), and a year.yaml that makes it a
/// draft: validated as a to-do list and left out of the site until the team removes the status line. Each mechanism of
/// the series defined from data gets its folder too (YEAR/ID/), as a to-do list of its own.
/// </summary>
public static class YearTemplate
{
    public sealed record File(string Name, string Text);

    public static IReadOnlyList<File> For(Dataset dataset, int year, int from, string sourceStaff, string sourceNotes)
    {
        var mocrs = dataset.Municipalities.Where(m => m.HasMocrIn(year)).Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        return [Offices(dataset, year), new File("staff.csv", Staff(sourceStaff, mocrs)), new File("notes.yaml", Notes(year, from, sourceNotes)), Settings(year),
            .. dataset.DefinedMechanisms.SelectMany(m => MechanismFiles(dataset, m, year, from))];
    }

    /// <summary>
    /// A mechanism's year to fill in: a row per municipality with its status of the source year (empty where that year has
    /// no data for it, or it was dissolved) and every answer empty, so that `mcro validate` lists each one to give; nobody in people.csv
    /// (members change with every election: each is entered anew); no note (a note holds for the year it was written).
    /// </summary>
    private static IEnumerable<File> MechanismFiles(Dataset dataset, MechanismDefinition mechanism, int year, int from)
    {
        var folder = mechanism.Id + "/";
        var before = dataset.Years.TryGetValue(from, out var source) && source.Mechanisms.TryGetValue(mechanism.Id, out var data)
            ? data.Reports.GroupBy(r => r.Municipality, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Carried(g.First().Status), StringComparer.Ordinal)
            : [];
        var answers = mechanism.Indicators.Concat(mechanism.Duties).Select(q => q.Key).Distinct(StringComparer.Ordinal).ToList();
        var text = new StringBuilder().Append(string.Join(',', new[] { "municipality", "status" }.Concat(answers))).Append('\n');
        foreach (var m in dataset.Municipalities)
            text.Append(m.Code).Append(',').Append(before.GetValueOrDefault(m.Code, "")).Append(',', answers.Count).Append('\n');
        yield return new File(folder + "municipalities.csv", text.ToString());
        yield return new File(folder + "people.csv", "municipality,community,gender\n");
        var y = year.ToString(CultureInfo.InvariantCulture);
        yield return new File(folder + "notes.yaml",
            $"# {y}: {mechanism.Id}'s exclusions from duties (with their reason per language) and notes per section; see docs/data-format.md.\n" +
            "exclusions: []\nnotes: []\n");
    }

    /// <summary>A status that holds on (yes, vacant, no); one dissolved during the source year is the team's to decide anew.</summary>
    private static string Carried(MechanismStatus status) => status == MechanismStatus.Dissolved ? "" : status.Code();

    private static File Offices(Dataset dataset, int year)
    {
        var columns = new[] { "municipality", "work_plan", "annual_report" }.Concat(dataset.Tasks.Select(t => t.Key)).ToList();
        var text = new StringBuilder().Append(string.Join(',', columns)).Append('\n');
        foreach (var m in dataset.Municipalities.Where(m => m.HasMocrIn(year)))
            text.Append(m.Code).Append(',', columns.Count - 1).Append('\n');
        return new File("offices.csv", text.ToString());
    }

    /// <summary>The source year's rows as written, but for offices that have no MOCR in the new year.</summary>
    private static string Staff(string source, IReadOnlySet<string> mocrs)
    {
        var lines = source.ReplaceLineEndings("\n").TrimStart('\uFEFF').Split('\n');
        var text = new StringBuilder();
        foreach (var (line, i) in lines.Select((l, i) => (l, i)))
        {
            if (line.Trim().Length == 0) continue;
            var municipality = line.Split(',', ';')[0].Trim().Trim('"');
            if (i == 0 || municipality.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) || mocrs.Contains(municipality)) text.Append(line).Append('\n');
        }
        return text.ToString();
    }

    private static File Settings(int year)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        return new File(Loading.YearSettingsLoader.FileName,
            $"# {y}'s own settings; see docs/data-format.md.\n" +
            $"# status: draft keeps {y} off the site (mcro build --drafts previews it) and makes 'mcro validate' list what is\n" +
            "# left as warnings. Remove the line once the year is filled in: that publishes it, and every rule applies in full.\n" +
            "status: draft\n");
    }

    private static string Notes(int year, int from, string source)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        var f = from.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder()
            .Append($"# {y}: exclusions (with their reason per language) and extra notes; see docs/data-format.md.\n")
            .Append($"# The notes of {f} are below, commented out: uncomment an exclusion only if it holds in {y} too\n")
            .Append("# (and write n/a in offices.csv where it applies); delete the others.\n")
            .Append("exclusions: []\n")
            .Append("notes: []\n")
            .Append($"\n# ---- {f}/notes.yaml ----\n");
        foreach (var line in source.ReplaceLineEndings("\n").TrimStart('\uFEFF').TrimEnd('\n').Split('\n'))
            text.Append(line.Length == 0 ? "#" : "# " + line).Append('\n');
        return text.ToString();
    }
}
