using Mcro.Indicators.Change;
using Mcro.Localization;

namespace Mcro.Producers;

/// <summary>A headline figure's name in one edition: the sheets' change section and the trends page call it the same.</summary>
public static class HeadlineLabels
{
    public static string Of(HeadlineFigure figure, TextCatalog text, EditionNames names) => figure.Figure switch
    {
        "offices" => text.Text(SharedTexts.Offices),
        "workPlans.yes" => text.Text(SharedTexts.WorkPlans),
        "annualReports.yes" => text.Text(SharedTexts.AnnualReports),
        "staff.total" => text.Text(SharedTexts.StaffTotal),
        "staff.female" => text.Text(SharedTexts.StaffFemale),
        "tasks.performed" => names.Task(figure.Task),
        "tasksPerformed.all" => text.Text(SharedTexts.TasksAll),
        "tasksPerformed.mean" => text.Text(SharedTexts.TasksMean),
        _ => figure.Key,
    };

    /// <summary>The figure's value as a reader sees it: a count, a mean with one decimal, or a share with its count ("85,7 % (30 of 35)").</summary>
    public static string Value(HeadlineFigure figure, bool asShare, TextCatalog text)
    {
        var numbers = text.Edition.Numbers;
        if (figure.Kind == HeadlineKind.Mean) return numbers.Decimal(figure.Value, 1);
        if (asShare && figure.Share is { } share)
            return text.Text(SharedTexts.ShareValue, ("share", numbers.Percent(share)), ("count", numbers.Integer(figure.Count)),
                ("base", numbers.Integer(figure.Base ?? 0)));
        return numbers.Integer(figure.Count);
    }
}
