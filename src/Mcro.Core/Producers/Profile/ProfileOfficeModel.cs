using System.Globalization;
using Mcro.Indicators;
using Mcro.Localization;
using Mcro.Model;
using Mcro.Producers.Profile.Views;

namespace Mcro.Producers.Profile;

/// <summary>A MOCR's year on its profile: reporting, the eight core tasks (exclusions with their reasons), its standing, its staff.</summary>
public static class ProfileOfficeModel
{
    public static ProfileOffice Build(YearIndicators year, OfficeFigures office, Exclusion? exclusion, IEnumerable<StaffMember> staff,
        IReadOnlyList<Community> communities, TextCatalog text, EditionNames names)
    {
        var y = ("year", year.Year.ToString(CultureInfo.InvariantCulture));
        var reporting = new[]
        {
            Answer(text.Text(SharedTexts.WorkPlan), office.WorkPlan, text),
            Answer(text.Text(SharedTexts.AnnualReport), office.AnnualReport, text),
        };
        var reason = exclusion is null ? null : names.Of(exclusion.Reason);
        var tasks = office.TaskAnswers.Select(a => a.Answer switch
        {
            Model.Answer.Yes => new ProfileTask(names.Task(a.Task), text.Text(ProfileTexts.Performed), "performed"),
            Model.Answer.No => new ProfileTask(names.Task(a.Task), text.Text(ProfileTexts.NotPerformed), "not-performed"),
            _ => new ProfileTask(names.Task(a.Task), text.Text(ProfileTexts.Excluded), "excluded"),
        }).ToList();

        var assessed = office.TasksAssessed;
        var summary = assessed == 0
            ? text.Text(ProfileTexts.ExcludedAll, y)
            : text.Plural(ProfileTexts.TasksPerformed, office.TasksPerformed, ("total", text.Edition.Numbers.Integer(assessed)));
        var standing = OfficeStanding.Of(year, office) is { Others: > 0 } s
            ? new ProfileStanding(
                text.Plural(ProfileTexts.Others, s.Others, y),
                text.Plural(ProfileTexts.Fewer, s.Fewer),
                text.Plural(ProfileTexts.Same, s.Same),
                text.Plural(ProfileTexts.More, s.More))
            : null;

        var members = staff.ToList();
        return new ProfileOffice(
            text.Text(ProfileTexts.ReportingHeading, y),
            reporting,
            text.Text(ProfileTexts.TasksHeading, y),
            summary,
            tasks,
            reason,
            standing,
            text.Text(ProfileTexts.StaffHeading),
            text.Plural(SharedTexts.StaffCount, members.Count),
            [text.Text(ProfileTexts.Position), text.Text(SharedTexts.Community), text.Text(SharedTexts.Women), text.Text(SharedTexts.Men)],
            StaffRows(members, communities, text, names));
    }

    private static ProfileAnswer Answer(string label, Answer answer, TextCatalog text) => answer == Model.Answer.Yes
        ? new ProfileAnswer(label, text.Text(SharedTexts.AnswerYes), "yes")
        : new ProfileAnswer(label, text.Text(SharedTexts.AnswerNo), "no");

    /// <summary>
    /// The head first, then the other staff; within each, communities in communities.csv order. A row's label is in the
    /// number of people it counts.
    /// </summary>
    private static IReadOnlyList<ProfileStaffRow> StaffRows(IReadOnlyList<StaffMember> staff, IReadOnlyList<Community> communities,
        TextCatalog text, EditionNames names)
    {
        var numbers = text.Edition.Numbers;
        var order = communities.Select((c, i) => (c.Code, i)).ToDictionary(c => c.Code, c => c.i, StringComparer.Ordinal);
        return [.. staff
            .GroupBy(m => (m.Position, m.Community))
            .OrderBy(g => g.Key.Position).ThenBy(g => order.GetValueOrDefault(g.Key.Community, int.MaxValue)).ThenBy(g => g.Key.Community, StringComparer.Ordinal)
            .Select(g => new ProfileStaffRow(
                text.Plural(g.Key.Position == Position.Head ? ProfileTexts.Head : ProfileTexts.StaffMember, g.Count()),
                names.Community(g.Key.Community),
                numbers.Integer(g.Count(m => m.Gender == Gender.Female)),
                numbers.Integer(g.Count(m => m.Gender == Gender.Male))))];
    }
}
