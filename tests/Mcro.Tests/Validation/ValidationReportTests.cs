
namespace Mcro.Tests.Validation;

/// <summary>One run reports every problem of every file, sorted by file and line.</summary>
public sealed class ValidationReportTests
{
    [Fact]
    public void The_valid_fixture_has_no_problem()
    {
        using var ws = DataWorkspace.CopyOf();

        var result = ws.Validate();

        Assert.Empty(result.Problems);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Problems_in_several_files_are_all_reported_sorted_by_file_then_line()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/staff.csv", "zvecan,staff,albanian,male", "zvecan,staff,albanian,m");
        ws.Replace("2019/staff.csv", "gjakove,staff,serbian,female", "gjakove,staff,serbain,female");
        ws.Replace("2018/offices.csv", "ferizaj,yes,no,", "ferizaj,yes,nope,");
        ws.Replace("config.yaml", "default_language: sq", "default_language: sq\ncolour: blue");
        ws.Replace("municipalities.csv", "junik,Junik,Junik,Junik,2013,no", "junik,Junik,Junik,Junik,2013,nein");

        Assert.Equal(
            [
                "data/2018/offices.csv:3:C (annual_report): annual_report: 'nope' is not allowed; use one of: yes, no",
                "data/2019/staff.csv:3:C (community): unknown community 'serbain'; did you mean 'serbian'?",
                "data/2019/staff.csv:13:D (gender): gender: 'm' is not allowed; use one of: female, male",
                "data/config.yaml:5:1: unknown key 'colour' in config.yaml (known: illustrative, languages, default_language, cyrillic_edition, title, publisher, mission, mission_genitive, draft_languages, encoding, encodings, accessibility)",
                "data/municipalities.csv:6:F (similar_office): similar_office: 'nein' is not allowed; use one of: yes, no",
            ],
            ws.Problems());
    }

    [Fact]
    public void Every_problem_carries_the_rule_that_found_it()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/offices.csv", "zvecan,no,no,yes,no,", "zvecan,no,no,yes,n/a,");
        ws.Replace("2019/staff.csv", "ferizaj,staff,turkish,male", "ferizaj,head,turkish,male");

        Assert.Equal(
            [
                "na-without-exclusion | data/2019/offices.csv:7:E (assessment): assessment: 'n/a' for 'zvecan' but data/2019/notes.yaml has no exclusion of it from 'assessment'; answer yes or no, or add the exclusion with its reason",
                "second-head | data/2019/staff.csv:6:B (position): 'ferizaj' has a second head (first on line 4); an office has at most one",
            ],
            ws.ProblemsWithRules());
    }
}
