using System.Globalization;
using Mcro.Indicators.Mechanisms;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Model.Mechanisms;
using Mcro.Producers.Profile.Views;
using Mcro.Rendering.Views;

namespace Mcro.Producers.Profile;

/// <summary>A mechanism of the series in a municipality's year, as its profile shows it.</summary>
public static class ProfileMechanismModel
{
    /// <param name="figures">The municipality's mechanism as counted that year (MechanismFigures.Of).</param>
    /// <param name="data">The mechanism's year (its people, its notes).</param>
    /// <param name="sheetHref">The mechanism's sheet of the year, relative to the profile; null when the site does not hold it.</param>
    public static ProfileMechanism Build(MechanismDefinition definition, MunicipalityMechanism figures, MechanismYear data,
        IReadOnlyList<Community> communities, TextCatalog text, EditionNames names, string? sheetHref)
    {
        var y = ("year", data.Year.ToString(CultureInfo.InvariantCulture));
        var status = figures.Status;
        var working = status == MechanismStatus.Yes;
        var missing = figures.Mandatory && status == MechanismStatus.No;
        var statusText = text.Text(status switch
        {
            MechanismStatus.Yes => ProfileMechanismTexts.StatusYes,
            MechanismStatus.Vacant => ProfileMechanismTexts.StatusVacant,
            MechanismStatus.Dissolved => ProfileMechanismTexts.StatusDissolved,
            _ => ProfileMechanismTexts.StatusNo,
        }, y);
        var mandatoryText = text.Text(missing ? ProfileMechanismTexts.MissingMandatory
            : figures.Mandatory ? ProfileMechanismTexts.Mandatory : ProfileMechanismTexts.Optional, y);
        var asked = !definition.Indicators.IsEmpty || !definition.Duties.IsEmpty;

        return new ProfileMechanism(
            definition.Id,
            names.Of(definition.Name),
            names.Of(definition.Abbreviation),
            status.Code(),
            statusText,
            mandatoryText,
            missing,
            status == MechanismStatus.Vacant && asked ? text.Text(ProfileMechanismTexts.NotAssessed, y) : null,
            working && !definition.Indicators.IsEmpty ? Functioning(definition, figures, text, names, y) : null,
            working && !definition.Duties.IsEmpty ? Duties(definition, figures, text, names, y) : null,
            working ? People(definition, figures, data, communities, text, names) : null,
            working && definition.People.Representation ? Representation(figures, text, names) : null,
            [.. data.Notes.Where(n => n.Municipality == figures.Municipality).Select(n => names.Of(n.Text))],
            sheetHref is null ? null : new PageLink(text.Text(ProfileMechanismTexts.SheetLink, y, ("mechanism", names.Of(definition.Plural))), sheetHref));
    }

    private static ProfileQuestions Functioning(MechanismDefinition definition, MunicipalityMechanism figures, TextCatalog text,
        EditionNames names, (string, string) year) =>
        new(text.Text(ProfileMechanismTexts.FunctioningHeading, year), null,
            [.. definition.Indicators.Select(q => Answer(names.Of(q.Label), figures.Indicators.GetValueOrDefault(q.Key, Model.Answer.No), text))],
            null);

    private static ProfileQuestions Duties(MechanismDefinition definition, MunicipalityMechanism figures, TextCatalog text,
        EditionNames names, (string, string) year)
    {
        var answers = definition.Duties.Select(q => (q, Answer: figures.Duties.GetValueOrDefault(q.Key, Model.Answer.NotApplicable))).ToList();
        var assessed = answers.Count(a => a.Answer != Model.Answer.NotApplicable);
        var performed = answers.Count(a => a.Answer == Model.Answer.Yes);
        return new ProfileQuestions(
            text.Text(ProfileMechanismTexts.DutiesHeading, year),
            text.Plural(ProfileMechanismTexts.DutiesPerformed, performed, ("total", text.Edition.Numbers.Integer(assessed))),
            [.. answers.Select(a => Answer(names.Of(a.q.Label), a.Answer, text))],
            answers.Any(a => a.Answer == Model.Answer.NotApplicable) && figures.Exclusion is { } exclusion ? names.Of(exclusion.Reason) : null);
    }

    private static ProfileAnswer Answer(string label, Answer answer, TextCatalog text) => answer switch
    {
        Model.Answer.Yes => new ProfileAnswer(label, text.Text(SharedTexts.AnswerYes), "yes"),
        Model.Answer.No => new ProfileAnswer(label, text.Text(SharedTexts.AnswerNo), "no"),
        _ => new ProfileAnswer(label, text.Text(ProfileMechanismTexts.DutyExcluded), "excluded"),
    };

    /// <summary>A row per community with someone, in communities.csv order.</summary>
    private static ProfilePeople People(MechanismDefinition definition, MunicipalityMechanism figures, MechanismYear data,
        IReadOnlyList<Community> communities, TextCatalog text, EditionNames names)
    {
        var numbers = text.Edition.Numbers;
        var own = data.People.Where(p => p.Municipality == figures.Municipality).ToList();
        var order = communities.Select(c => c.Code).ToList();
        var rows = own.GroupBy(p => p.Community)
            .OrderBy(g => order.IndexOf(g.Key) is var i and >= 0 ? i : int.MaxValue).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ProfilePeopleRow(names.Community(g.Key),
                numbers.Integer(g.Count(p => p.Gender == Gender.Female)), numbers.Integer(g.Count(p => p.Gender == Gender.Male))));
        return new ProfilePeople(
            names.Of(definition.People.Label),
            text.Plural(ProfileMechanismTexts.PeopleCount, own.Count),
            [text.Text(SharedTexts.Community), text.Text(SharedTexts.Women), text.Text(SharedTexts.Men)],
            [.. rows]);
    }

    private static ProfileRepresentation Representation(MunicipalityMechanism figures, TextCatalog text, EditionNames names) =>
        new(text.Text(ProfileMechanismTexts.RepresentationHeading),
            text.Plural(ProfileMechanismTexts.NotRepresented, figures.NotRepresented.Length),
            [.. figures.NotRepresented.Select(names.Community)]);
}
