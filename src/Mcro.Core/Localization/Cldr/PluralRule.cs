using System.Globalization;

namespace Mcro.Localization.Cldr;

/// <summary>
/// One CLDR cardinal rule ("v = 0 and i % 10 = 2..4 and i % 100 != 12..14 or …"), for whole numbers: mcro counts
/// offices and people, so n = i, and the fraction operands (v, w, f, t) and the compact exponent (e, c) are 0.
/// </summary>
public sealed class PluralRule
{
    private readonly IReadOnlyList<IReadOnlyList<Relation>> _alternatives;

    private PluralRule(IReadOnlyList<IReadOnlyList<Relation>> alternatives) => _alternatives = alternatives;

    public static PluralRule Parse(string rule) => new(
        [.. rule.Split(" or ").Select(and => (IReadOnlyList<Relation>)[.. and.Split(" and ").Select(Relation.Parse)])]);

    public bool Holds(long count) => _alternatives.Any(all => all.All(r => r.Holds(Math.Abs(count))));

    private sealed record Relation(char Operand, long? Modulo, bool Equal, IReadOnlyList<(long Low, long High)> Ranges)
    {
        public static Relation Parse(string text)
        {
            var negated = text.Contains("!=", StringComparison.Ordinal);
            var sides = text.Split(negated ? "!=" : "=");
            var left = sides[0].Split('%', StringSplitOptions.TrimEntries);
            var ranges = sides[1].Split(',', StringSplitOptions.TrimEntries).Select(range =>
            {
                var bounds = range.Split("..");
                return (Number(bounds[0]), Number(bounds[^1]));
            }).ToList();
            return new Relation(left[0].Trim()[0], left.Length > 1 ? Number(left[1]) : null, !negated, ranges);
        }

        public bool Holds(long count)
        {
            var value = Operand is 'n' or 'i' ? count : 0;
            if (Modulo is { } m) value %= m;
            return Ranges.Any(r => value >= r.Low && value <= r.High) == Equal;
        }

        private static long Number(string text) => long.Parse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
