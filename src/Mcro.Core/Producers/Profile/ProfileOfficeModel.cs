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
            Answer(text.Text("profile.work_plan"), office.WorkPlan, text),
            Answer(text.Text("profile.annual_report"), office.AnnualReport, text),
        };
        var reason = exclusion is null ? null : names.Of(exclusion.Reason);
        var tasks = office.TaskAnswers.Select(a => a.Answer switch
        {
            Model.Answer.Yes => new ProfileTask(names.Task(a.Task), text.Text("profile.performed"), "performed"),
            Model.Answer.No => new ProfileTask(names.Task(a.Task), text.Text("profile.not_performed"), "not-performed"),
            _ => new ProfileTask(names.Task(a.Task), text.Text("profile.excluded"), "excluded"),
        }).ToList();

        var assessed = office.TasksAssessed;
        var summary = assessed == 0
            ? text.Text("profile.excluded_all", y)
            : text.Plural("profile.tasks_performed", office.TasksPerformed, ("total", text.Edition.Numbers.Integer(assessed)));
        var standing = OfficeStanding.Of(year, office) is { Others: > 0 } s
            ? new ProfileStanding(
                text.Plural("profile.others", s.Others, y),
                text.Plural("profile.fewer", s.Fewer),
                text.Plural("profile.same", s.Same),
                text.Plural("profile.more", s.More))
            : null;

        var members = staff.ToList();
        return new ProfileOffice(
            text.Text("profile.reporting_heading", y),
            reporting,
            text.Text("profile.tasks_heading", y),
            summary,
            tasks,
            reason,
            standing,
            text.Text("profile.staff_heading"),
            text.Plural("counts.staff", members.Count),
            [text.Text("profile.position"), text.Text("labels.community"), text.Text("labels.women"), text.Text("labels.men")],
            StaffRows(members, communities, text, names));
    }

    private static ProfileAnswer Answer(string label, Answer answer, TextCatalog text) => answer == Model.Answer.Yes
        ? new ProfileAnswer(label, text.Text("labels.answer_yes"), "yes")
        : new ProfileAnswer(label, text.Text("labels.answer_no"), "no");

    /// <summary>The head first, then the other staff; within each, communities in communities.csv order.</summary>
    private static IReadOnlyList<ProfileStaffRow> StaffRows(IReadOnlyList<StaffMember> staff, IReadOnlyList<Community> communities,
        TextCatalog text, EditionNames names)
    {
        var numbers = text.Edition.Numbers;
        var order = communities.Select((c, i) => (c.Code, i)).ToDictionary(c => c.Code, c => c.i, StringComparer.Ordinal);
        return [.. staff
            .GroupBy(m => (m.Position, m.Community))
            .OrderBy(g => g.Key.Position).ThenBy(g => order.GetValueOrDefault(g.Key.Community, int.MaxValue)).ThenBy(g => g.Key.Community, StringComparer.Ordinal)
            .Select(g => new ProfileStaffRow(
                text.Text(g.Key.Position == Position.Head ? "profile.head" : "profile.staff_member"),
                names.Community(g.Key.Community),
                numbers.Integer(g.Count(m => m.Gender == Gender.Female)),
                numbers.Integer(g.Count(m => m.Gender == Gender.Male))))];
    }
}
