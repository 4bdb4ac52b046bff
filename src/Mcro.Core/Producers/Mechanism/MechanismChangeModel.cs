using System.Globalization;
using Mcro.Indicators.Mechanisms;
using Mcro.Localization;
using Mcro.Model.Mechanisms;
using Mcro.Producers.Mechanism.Views;

namespace Mcro.Producers.Mechanism;

/// <summary>
/// A mechanism's headline figures beside the year before with its data: established, established where mandatory (when
/// the law requires it somewhere only), each indicator's and duty's yes, its people and the women among them. Every
/// figure is a count, printed whole, so the change is the difference of the numbers as the row prints them.
/// </summary>
public static class MechanismChangeModel
{
    public static MechanismChange Build(MechanismDefinition definition, MechanismFigures previous, MechanismFigures current, TextCatalog text, EditionNames names)
    {
        var before = previous.Year.ToString(CultureInfo.InvariantCulture);
        var rows = new List<(string Figure, int Previous, int Current)>
        {
            (text.Text(MechanismTexts.ChangeEstablished), previous.Establishment.Established, current.Establishment.Established),
        };
        if (definition.Mandatory.Where == MandatoryWhere.Threshold)
            rows.Add((text.Text(MechanismTexts.ChangeEstablishedMandatory), previous.Establishment.EstablishedMandatory, current.Establishment.EstablishedMandatory));
        if (definition.Has(MechanismSection.Functioning)) rows.AddRange(Questions(definition.Indicators, previous.Indicators, current.Indicators, text, names));
        if (definition.Has(MechanismSection.People))
        {
            var label = ("label", names.Of(definition.People.Label));
            rows.Add((text.Text(MechanismTexts.ChangePeople, label), previous.People.Total, current.People.Total));
            rows.Add((text.Text(MechanismTexts.ChangeWomen, label), previous.People.Women, current.People.Women));
        }
        if (definition.Has(MechanismSection.Duties)) rows.AddRange(Questions(definition.Duties, previous.Duties, current.Duties, text, names));

        var numbers = text.Edition.Numbers;
        return new MechanismChange(
            text.Text(MechanismTexts.ChangeHeading, ("previous", before)),
            [text.Text(MechanismTexts.ChangeFigure), before, current.Year.ToString(CultureInfo.InvariantCulture), text.Text(MechanismTexts.ChangeChange)],
            [.. rows.Select(r =>
            {
                var (words, direction) = Words(r.Current - r.Previous, text, before);
                return new MechanismChangeRow(r.Figure, numbers.Integer(r.Previous), numbers.Integer(r.Current), words, direction);
            })]);
    }

    /// <summary>"+2 compared with 2018", "2 fewer than in 2018", "no change from 2018": the MOCR sheet's words.</summary>
    public static (string Text, string Direction) Words(int difference, TextCatalog text, string previous)
    {
        var at = ("previous", previous);
        return difference switch
        {
            > 0 => (text.Plural(MechanismTexts.More, difference, at), "up"),
            < 0 => (text.Plural(MechanismTexts.Fewer, -difference, at), "down"),
            _ => (text.Text(MechanismTexts.Same, at), "same"),
        };
    }

    private static IEnumerable<(string, int, int)> Questions(IEnumerable<MechanismQuestion> asked, IEnumerable<QuestionFigures> previous,
        IEnumerable<QuestionFigures> current, TextCatalog text, EditionNames names)
    {
        var before = previous.ToDictionary(q => q.Key, StringComparer.Ordinal);
        var now = current.ToDictionary(q => q.Key, StringComparer.Ordinal);
        foreach (var question in asked)
        {
            yield return (text.Text(MechanismTexts.ChangeAnsweredYes, ("label", names.Of(question.Label))),
                before.TryGetValue(question.Key, out var p) ? p.Yes : 0, now.TryGetValue(question.Key, out var c) ? c.Yes : 0);
        }
    }
}
