
namespace Mcro.Tests.Validation;

/// <summary>Every n/a in offices.csv needs its exclusion in notes.yaml, and every exclusion its n/a.</summary>
public sealed class ExclusionRulesTests
{
    [Fact]
    public void Na_without_an_exclusion_is_reported_at_the_cell()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/offices.csv", "zvecan,no,no,yes,no,", "zvecan,no,no,yes,n/a,");

        Assert.Equal(
            ["data/2019/offices.csv:7:E (assessment): assessment: 'n/a' for 'zvecan' but data/2019/notes.yaml has no exclusion of it from 'assessment'; answer yes or no, or add the exclusion with its reason"],
            ws.Problems());
    }

    [Fact]
    public void Na_for_a_task_the_exclusion_does_not_list_is_reported()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/offices.csv", "mamushe,yes,yes,yes,yes,n/a,no,", "mamushe,yes,yes,yes,yes,n/a,n/a,");

        Assert.Equal(
            ["data/2018/offices.csv:5:G (projects): projects: 'n/a' for 'mamushe' but data/2018/notes.yaml has no exclusion of it from 'projects'; answer yes or no, or add the exclusion with its reason"],
            ws.Problems());
    }

    [Fact]
    public void Exclusion_without_its_na_is_reported_at_the_exclusion()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/offices.csv", "mamushe,yes,yes,yes,yes,n/a,", "mamushe,yes,yes,yes,yes,no,");

        Assert.Equal(
            ["data/2018/notes.yaml:2:5: 'mamushe' is excluded from 'coordination' but data/2018/offices.csv:5 answers 'no' there; write n/a or drop the exclusion"],
            ws.Problems());
    }

    [Fact]
    public void Exclusion_of_all_tasks_answered_in_full_is_one_problem_naming_every_task()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/offices.csv", "junik,no,no,n/a,n/a,n/a,n/a,n/a,n/a,n/a,n/a", "junik,no,no,yes,no,no,no,no,no,no,yes");

        Assert.Equal(
            ["data/2018/notes.yaml:8:5: 'junik' is excluded from 'contacts', 'assessment', 'coordination', 'projects', 'participation', 'policy_monitoring', 'advice', 'public_information' but data/2018/offices.csv:6 answers 'yes' or 'no' there; write n/a or drop the exclusion"],
            ws.Problems());
    }

    [Fact]
    public void Exclusion_of_all_tasks_with_one_answer_left_names_that_task()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/offices.csv", "junik,no,no,n/a,n/a,n/a,n/a,n/a,n/a,n/a,n/a", "junik,no,no,n/a,n/a,n/a,n/a,n/a,n/a,yes,n/a");

        Assert.Equal(
            ["data/2018/notes.yaml:8:5: 'junik' is excluded from 'advice' but data/2018/offices.csv:6 answers 'yes' there; write n/a or drop the exclusion"],
            ws.Problems());
    }

    [Fact]
    public void Second_exclusion_of_an_office_names_the_first()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/notes.yaml", "notes: []", """
              - municipality: mamushe
                tasks: [advice]
                reason: { sq: "a", sr: "b", en: "c" }
            notes: []
            """);

        Assert.Equal(
            ["data/2018/notes.yaml:14:5: 'mamushe' has a second exclusion (first on line 2); list all its tasks in one"],
            ws.Problems());
    }

    [Fact]
    public void Exclusion_of_an_unknown_municipality_suggests_the_nearest_code()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/notes.yaml", "exclusions: []", """
            exclusions:
              - municipality: zvecn
                tasks: all
                reason: { sq: "a", sr: "b", en: "c" }
            """);

        Assert.Equal(["data/2019/notes.yaml:2:5: unknown municipality 'zvecn'; did you mean 'zvecan'?"], ws.Problems());
    }

    [Fact]
    public void Exclusion_of_a_municipality_without_a_mocr_that_year_is_refused()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/notes.yaml", "notes: []", """
              - municipality: zvecan
                tasks: all
                reason: { sq: "a", sr: "b", en: "c" }
            notes: []
            """);

        Assert.Equal(
            ["data/2018/notes.yaml:14:5: 'zvecan' has no MOCR in 2018: its MOCR was established in 2019 (data/municipalities.csv:7)"],
            ws.Problems());
    }

    [Fact]
    public void Exclusion_from_an_unknown_task_suggests_the_nearest_key()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/notes.yaml", "tasks: [coordination]", "tasks: [coordination, advise]");

        Assert.Equal(["data/2018/notes.yaml:2:5: unknown task 'advise'; did you mean 'advice'?"], ws.Problems());
    }

    [Fact]
    public void A_notes_file_that_cannot_be_read_is_one_problem_without_an_echo_for_every_na()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/notes.yaml", "exclusions:", "exclusions: &all");

        Assert.Equal(["data/2018/notes.yaml:1:13: anchors (&name) are not supported in mcro's YAML files; write the value out"], ws.Problems());
    }
}
