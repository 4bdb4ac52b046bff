using Mcro.Diagnostics;
using Mcro.Loading.Mechanisms;
using Mcro.Model.Mechanisms;

namespace Mcro.Validation.Mechanisms;

/// <summary>A definition has every text in every language, and a section for each kind of data it names, and only those.</summary>
internal static class MechanismDefinitionRules
{
    public static void Check(ValidationScope scope, DiagnosticBag bag)
    {
        var dataset = scope.Dataset;
        var languages = dataset.Config.Languages;
        var offices = dataset.Mechanisms.Where(m => m.IsOffices).ToList();
        foreach (var second in offices.Skip(1))
            bag.Add(second.Location, ProblemCode.MechanismDefinition,
                $"mechanism {second.Id} says data: offices, as {offices[0].Id} does: only one mechanism is the MOCR of offices.csv");
        foreach (var definition in dataset.Mechanisms)
        {
            var what = $"mechanism {definition.Id}:";
            TextRules.Localized(definition.Name, $"{what} name", definition.Location, languages, bag);
            TextRules.Localized(definition.Plural, $"{what} plural", definition.Location, languages, bag);
            TextRules.Localized(definition.Abbreviation, $"{what} abbreviation", definition.Location, languages, bag);
            TextRules.Localized(definition.Mandate, $"{what} mandate", definition.Location, languages, bag);
            TextRules.Localized(definition.LegalBasis, $"{what} legal_basis", definition.Location, languages, bag);
            if (definition.IsOffices) continue;
            foreach (var question in definition.Indicators.Concat(definition.Duties))
                TextRules.Localized(question.Label, $"{what} the label of '{question.Key}'", question.Location, languages, bag);
            if (definition.Has(MechanismSection.People) || definition.People.Representation)
                TextRules.Localized(definition.People.Label, $"{what} people.label", definition.Location, languages, bag);
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var question in definition.Indicators.Concat(definition.Duties).Where(q => !keys.Add(q.Key)))
                bag.Add(question.Location, ProblemCode.ValueDuplicate, $"{what} '{question.Key}' is listed twice among the indicators and duties (each is a column of municipalities.csv)");
            Section(definition, MechanismSection.Functioning, !definition.Indicators.IsEmpty, "indicators", bag);
            Section(definition, MechanismSection.Duties, !definition.Duties.IsEmpty, "duties", bag);
            Section(definition, MechanismSection.Representation, definition.People.Representation, "people.representation: true", bag);
            Section(definition, MechanismSection.People, !definition.People.Label.ByLanguage.IsEmpty, "people (with its label)", bag);
            if (definition.Mandatory.Where == MandatoryWhere.Threshold || definition.People.Representation)
            {
                if (dataset.CommunitiesLiving.IsEmpty && scope.Clean(CommunitiesLivingLoader.File))
                    bag.Add(definition.Location, ProblemCode.CommunitiesLiving,
                        $"{what} {(definition.People.Representation ? "people.representation" : "mandatory: threshold")} needs the communities living in each municipality: write {CommunitiesLivingLoader.File} (municipality,community,share,from,until)");
            }
        }
    }

    /// <summary>A section is listed exactly when the definition has its data: a section without data would be an empty heading, data without a section never shown.</summary>
    private static void Section(MechanismDefinition definition, MechanismSection section, bool hasData, string data, DiagnosticBag bag)
    {
        var name = MechanismDefinitionLoader.Sections.First(s => s.Value == section).Key;
        if (definition.Has(section) && !hasData)
            bag.Add(definition.Location, ProblemCode.MechanismDefinition, $"mechanism {definition.Id}: sections lists '{name}' but the definition has no {data}");
        else if (!definition.Has(section) && hasData && section != MechanismSection.People)
            bag.Add(definition.Location, ProblemCode.MechanismDefinition, $"mechanism {definition.Id} has {data} but sections does not list '{name}': add it where the sheet shows it");
    }
}
