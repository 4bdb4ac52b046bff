namespace Mcro.Localization.Collation;

/// <summary>
/// CLDR's root order of letters, grouped by script, as a tailoring rewrites it (&amp;C&lt;č puts č after every c, Ć and
/// ĉ included, before d): each letter is a list of its forms, each form related to the one before it by accent (2),
/// case (3) or sameness (4). Built once per language, then weighed into a <see cref="CollationTable"/>.
/// </summary>
internal sealed class CollationOrder
{
    private const int LigatureAccent = 20_000;

    private readonly List<(string Script, List<List<(string Unit, int Level)>> Letters)> _blocks = [];
    private readonly Dictionary<string, (string Spelling, int Level)> _expansions = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _marks;
    private List<string> _reorder = [];

    public CollationOrder(CollationRoot root)
    {
        foreach (var (script, letters) in root.Blocks)
            _blocks.Add((script, [.. letters.Select(letter => CollationRule.Parse(letter).Select(r => (r.Text, r.Level)).ToList())]));
        foreach (var rule in root.Expansions)
        {
            var steps = CollationRule.Parse(rule);
            _expansions[steps[1].Text] = (steps[0].Text, steps[1].Level);
        }
        _marks = root.Marks;
    }

    public void Apply(IReadOnlyList<CollationRule> rules)
    {
        string? at = null;
        var before = false;
        foreach (var rule in rules)
        {
            switch (rule.Kind)
            {
                case CollationRuleKind.Reorder:
                    _reorder = [.. rule.Text.Split(' ')];
                    break;
                case CollationRuleKind.Reset:
                    at = Find(rule.Text) is null ? throw new FormatException($"collation reset to '{rule.Text}', which root order lacks") : rule.Text;
                    before = rule.Before;
                    break;
                default:
                    if (at is null) throw new FormatException($"collation relation '{rule.Text}' without a reset");
                    Remove(rule.Text);
                    Insert(at, before, rule.Text, rule.Level);
                    (at, before) = (rule.Text, false);
                    break;
            }
        }
    }

    /// <summary>Weights in order: scripts as the tailoring reorders them (symbols and digits always first), then letters, accents, cases.</summary>
    public CollationTable Weigh()
    {
        var units = new Dictionary<string, CollationElement[]>(StringComparer.Ordinal);
        var primary = 0;
        foreach (var (_, letters) in _blocks.Index().OrderBy(b => Rank(b.Item.Script, b.Index)).Select(b => b.Item))
        {
            foreach (var letter in letters)
            {
                primary++;
                var (secondary, tertiary) = (0, 0);
                foreach (var (unit, level) in letter)
                {
                    if (level == 2) (secondary, tertiary) = (secondary + 2, 0);
                    else if (level == 3) tertiary += 2;
                    units[unit] = [new CollationElement(primary, secondary, tertiary)];
                }
            }
        }
        // A ligature weighs as its spelling, as in CLDR's root table: æ is a, e and an accent after every other accent
        // (ae < aé < æ); ǆ is d, ž each one half-step further in case (dž < ǆ < Dž < DŽ < ǅ < Ǆ).
        foreach (var (ligature, (spelling, level)) in _expansions)
        {
            var spelled = CollationTable.Tokenize(spelling, units);
            units[ligature] = level switch
            {
                2 => [spelled[0], new CollationElement(0, LigatureAccent, 0), .. spelled.Skip(1)],
                3 => [.. spelled.Select(e => e with { Tertiary = e.Tertiary + 1 })],
                _ => [.. spelled],
            };
        }
        foreach (var (mark, i) in _marks.Select((m, i) => (m, i)))
            units[mark] = [new CollationElement(0, 10_000 + i, 0)];
        return new CollationTable(units, primary);
    }

    private int Rank(string script, int index) =>
        script == "Zyyy" ? -1 : _reorder.IndexOf(script) is var r and >= 0 ? r : _reorder.Count + index;

    private (List<List<(string Unit, int Level)>> Letters, int Letter, int Form)? Find(string unit)
    {
        foreach (var (_, letters) in _blocks)
            for (var l = 0; l < letters.Count; l++)
            {
                var form = letters[l].FindIndex(f => f.Unit == unit);
                if (form >= 0) return (letters, l, form);
            }
        return null;
    }

    private void Remove(string unit)
    {
        _expansions.Remove(unit);
        if (Find(unit) is not var (letters, l, form)) return;
        var letter = letters[l];
        // The next form keeps the larger of the two differences it had from what came before: removing ç from
        // "c<<ç<<<Ç" leaves Ç an accent away from c, not a case away.
        if (form + 1 < letter.Count) letter[form + 1] = (letter[form + 1].Unit, Math.Min(letter[form].Level, letter[form + 1].Level));
        letter.RemoveAt(form);
        if (letter.Count == 0) letters.RemoveAt(l);
    }

    private void Insert(string at, bool before, string unit, int level)
    {
        var (letters, l, form) = Find(at)!.Value;
        if (level == 1)
        {
            letters.Insert(before ? l : l + 1, [(unit, 1)]);
            return;
        }
        var letter = letters[l];
        // After the anchor and everything that differs from it less than the new form does.
        var i = form + 1;
        while (i < letter.Count && letter[i].Level > level) i++;
        letter.Insert(i, (unit, level));
    }
}
