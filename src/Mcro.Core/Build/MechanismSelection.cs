using Mcro.Diagnostics;
using Mcro.Loading;
using Mcro.Model;
using Mcro.Model.Mechanisms;

namespace Mcro.Build;

/// <summary>
/// The series narrowed to the mechanisms a build names (--mechanism): the dataset as if only their definitions and
/// year folders were there, so every producer builds their pages and no other mechanism's. The MOCR's pages are the
/// frame of the site (its year sheets are the edition folders every other page hangs from), so they are built either way.
/// </summary>
public static class MechanismSelection
{
    public static readonly SourceLocation Option = SourceLocation.OfFile("--mechanism");

    /// <param name="asked">The ids named; null or empty: every mechanism.</param>
    public static Result<Dataset> Narrow(Dataset dataset, IReadOnlyList<string>? asked)
    {
        if (asked is not { Count: > 0 }) return Result<Dataset>.Ok(dataset);
        var defined = dataset.Mechanisms.Select(m => m.Id).Prepend(MechanismDefinition.OfficesId).Distinct(StringComparer.Ordinal).ToList();
        var unknown = asked.Where(id => !defined.Contains(id, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
            return Result<Dataset>.Failed([.. unknown.Select(id => new Diagnostic(Option, ProblemCode.MechanismUnknown,
                $"'{Printable.Quote(id)}' is not a mechanism of the series; defined: {string.Join(", ", defined)}"))]);
        var kept = asked.ToHashSet(StringComparer.Ordinal);
        return Result<Dataset>.Ok(dataset with
        {
            Mechanisms = [.. dataset.Mechanisms.Where(m => m.IsOffices || kept.Contains(m.Id))],
            Years = dataset.Years.SetItems(dataset.Years.Select(y => KeyValuePair.Create(y.Key,
                y.Value with { Mechanisms = y.Value.Mechanisms.RemoveRange(y.Value.Mechanisms.Keys.Where(id => !kept.Contains(id))) }))),
        });
    }

    /// <summary>How the fingerprint records the request: a narrowed build is never taken for a whole one, nor one narrowed otherwise.</summary>
    public static string Fingerprint(IReadOnlyList<string>? asked) =>
        asked is { Count: > 0 } ? string.Join(",", asked.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)) : "all";
}
