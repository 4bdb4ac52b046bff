using System.Collections.Immutable;
using Mcro.Model;
using Mcro.Model.Mechanisms;

namespace Mcro.Indicators.Mechanisms;

/// <summary>
/// A mechanism's figures in a year, from its definition and its year's tables alone: pure, as every computation of the
/// figures is. Counted over the municipalities of municipalities.csv, in its order.
/// </summary>
public static class MechanismCalculator
{
    /// <summary>The figures of every mechanism defined from data, in every year it has data: mechanism id → year → figures.</summary>
    public static ImmutableSortedDictionary<string, ImmutableSortedDictionary<int, MechanismFigures>> Series(Dataset dataset) =>
        dataset.DefinedMechanisms.ToImmutableSortedDictionary(
            m => m.Id,
            m => dataset.Years.Values.Where(y => y.Mechanisms.ContainsKey(m.Id))
                .ToImmutableSortedDictionary(y => y.Year, y => Compute(dataset, m, y.Mechanisms[m.Id])),
            StringComparer.Ordinal);

    public static MechanismFigures Compute(Dataset dataset, MechanismDefinition definition, MechanismYear data)
    {
        var reports = data.Reports.GroupBy(r => r.Municipality).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var people = data.People.ToLookup(p => p.Municipality);
        var municipalities = ImmutableArray.CreateBuilder<MunicipalityMechanism>();
        foreach (var municipality in dataset.Municipalities)
        {
            var status = reports.TryGetValue(municipality.Code, out var report) ? report.Status : MechanismStatus.No;
            var living = dataset.LivingIn(municipality.Code, data.Year);
            var mandatory = definition.Mandatory.IsMandatory(living);
            var working = status == MechanismStatus.Yes;
            var own = working ? people[municipality.Code].ToList() : [];
            var present = own.Select(p => p.Community).ToHashSet(StringComparer.Ordinal);
            var communities = dataset.Communities.Select(c => c.Code).Where(present.Contains).ToImmutableArray();
            var notRepresented = working && definition.People.Representation
                ? dataset.Communities.Select(c => c.Code).Where(c => living.Any(l => l.Community == c && l.Share > 0) && !present.Contains(c)).ToImmutableArray()
                : [];
            var exclusion = working ? data.ExclusionOf(municipality.Code) : null;
            municipalities.Add(new MunicipalityMechanism(
                municipality.Code, status, mandatory,
                working ? report!.Indicators : ImmutableDictionary<string, Answer>.Empty,
                working ? report!.Duties : ImmutableDictionary<string, Answer>.Empty,
                own.Count(p => p.Gender == Gender.Female), own.Count(p => p.Gender == Gender.Male),
                communities, notRepresented, exclusion));
        }
        var all = municipalities.ToImmutable();
        return new MechanismFigures(
            definition.Id, data.Year,
            Establishment(all),
            [.. definition.Indicators.Select(q => Question(q.Key, all, m => m.Indicators))],
            People(dataset, data, all),
            [.. dataset.Communities.Select(c => new NotRepresented(c.Code, [.. all.Where(m => m.NotRepresented.Contains(c.Code)).Select(m => m.Municipality)]))
                .Where(n => n.Count > 0)],
            [.. definition.Duties.Select(q => Question(q.Key, all, m => m.Duties))],
            all);
    }

    private static EstablishmentFigures Establishment(ImmutableArray<MunicipalityMechanism> all)
    {
        var established = all.Where(m => m.Status.IsEstablished()).ToList();
        return new EstablishmentFigures(
            all.Length,
            established.Count,
            all.Count(m => m.Mandatory),
            established.Count(m => m.Mandatory),
            established.Count(m => !m.Mandatory),
            all.Count(m => m.Status == MechanismStatus.Yes),
            all.Count(m => m.Status == MechanismStatus.Vacant),
            all.Count(m => m.Status == MechanismStatus.Dissolved));
    }

    private static QuestionFigures Question(string key, ImmutableArray<MunicipalityMechanism> all, Func<MunicipalityMechanism, ImmutableDictionary<string, Answer>> answers)
    {
        var given = all.Select(m => answers(m).TryGetValue(key, out var a) ? a : (Answer?)null).OfType<Answer>().ToList();
        return new QuestionFigures(key, given.Count(a => a == Answer.Yes), given.Count(a => a == Answer.No), given.Count(a => a == Answer.NotApplicable));
    }

    private static PeopleFigures People(Dataset dataset, MechanismYear data, ImmutableArray<MunicipalityMechanism> all)
    {
        var working = all.Where(m => m.Status == MechanismStatus.Yes).Select(m => m.Municipality).ToHashSet(StringComparer.Ordinal);
        var counted = data.People.Where(p => working.Contains(p.Municipality)).ToList();
        var byCommunity = dataset.Communities
            .Select(c => new CommunityPeople(c.Code, counted.Count(p => p.Community == c.Code && p.Gender == Gender.Female), counted.Count(p => p.Community == c.Code && p.Gender == Gender.Male)))
            .Where(c => c.Total > 0);
        return new PeopleFigures(counted.Count, counted.Count(p => p.Gender == Gender.Female), counted.Count(p => p.Gender == Gender.Male), [.. byCommunity]);
    }
}
