
namespace Mcro.Tests.Loading;

/// <summary>A year's notes.yaml: exclusions with their reasons, and extra notes per section.</summary>
public sealed class NotesLoaderTests
{
    [Fact]
    public void Loads_exclusions_of_one_task_and_of_all()
    {
        using var ws = DataWorkspace.CopyOf();

        var exclusions = ws.Validate().Value!.Years[2018].Exclusions;

        Assert.Equal(2, exclusions.Length);
        Assert.Equal(("mamushe", false, "coordination"), (exclusions[0].Municipality, exclusions[0].AllTasks, string.Join(",", exclusions[0].Tasks)));
        Assert.Equal("Mamuša nije uključena jer u opštini nema aktivnih nevladinih organizacija.", exclusions[0].Reason["sr"]);
        Assert.True(exclusions[1].AllTasks);
        Assert.True(exclusions[1].Excludes("advice"));
        Assert.Equal("data/2018/notes.yaml:2:5", exclusions[0].Location.ToString());
    }

    [Fact]
    public void Loads_notes_with_their_section()
    {
        using var ws = DataWorkspace.CopyOf();

        var note = Assert.Single(ws.Validate().Value!.Years[2019].Notes);

        Assert.Equal("establishment", note.Section);
        Assert.Equal("U Leposaviću postoji slična kancelarija.", note.Text["sr"]);
    }

    [Fact]
    public void A_single_task_may_be_written_without_brackets()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/notes.yaml", "tasks: [coordination]", "tasks: coordination");

        var result = ws.Validate();

        Assert.Empty(result.Problems);
        Assert.Equal<string>(["coordination"], result.Value!.Years[2018].Exclusions[0].Tasks);
    }

    [Fact]
    public void Unknown_top_level_key_suggests_the_nearest()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/notes.yaml", "notes:\n", "note:\n");

        Assert.Equal(
            ["data/2019/notes.yaml:2:1: unknown key 'note' in notes.yaml; did you mean 'notes'? (known: exclusions, notes)"],
            ws.Problems());
    }

    [Fact]
    public void Unknown_key_in_an_exclusion_suggests_the_nearest()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/notes.yaml", "    tasks: all", "    tasks: all\n    year: 2018");

        Assert.Equal(
            ["data/2018/notes.yaml:10:5: unknown key 'year' in an exclusion (known: municipality, tasks, reason)"],
            ws.Problems());
    }

    [Fact]
    public void Exclusion_without_municipality_is_reported()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/notes.yaml", "exclusions: []", """
            exclusions:
              - tasks: [advice]
                reason: { sq: "a", sr: "b", en: "c" }
            """);

        Assert.Equal(["data/2019/notes.yaml:2:5: exclusion municipality is missing"], ws.Problems());
    }

    [Fact]
    public void Exclusion_without_tasks_is_reported()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/notes.yaml", "exclusions: []", """
            exclusions:
              - municipality: zvecan
                reason: { sq: "a", sr: "b", en: "c" }
            """);

        Assert.Equal(
            ["data/2019/notes.yaml:2:5: exclusion tasks: list the task keys, e.g. [coordination], or write: all"],
            ws.Problems());
    }

    [Fact]
    public void Exclusion_task_key_of_a_bad_shape_is_reported_at_the_key()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/notes.yaml", "tasks: [coordination]", "tasks: [coordination, Public Information]");

        Assert.Equal(
            ["data/2018/notes.yaml:3:27: 'Public Information' is not a valid task key: use lower-case letters a–z, digits, '-' and '_', starting with a letter, at most 64 characters"],
            ws.Problems());
    }

    [Fact]
    public void Exclusions_must_be_a_list()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/notes.yaml", "exclusions: []", "exclusions: zvecan");

        Assert.Equal(["data/2019/notes.yaml:1:13: exclusions must be a list ('- …' lines or [ … ])"], ws.Problems());
    }

    [Fact]
    public void Note_section_outside_its_domain_lists_the_allowed_sections()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/notes.yaml", "section: establishment", "section: intro");

        Assert.Equal(
            ["data/2019/notes.yaml:3:14: note section: 'intro' is not allowed; use one of: establishment, functioning, performance"],
            ws.Problems());
    }

    [Fact]
    public void Note_without_section_is_reported()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/notes.yaml", "  - section: establishment\n    text:", "  - text:");

        Assert.Equal(["data/2019/notes.yaml:3:5: note section is missing"], ws.Problems());
    }

    [Fact]
    public void Exclusion_with_an_empty_task_list_is_reported()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/notes.yaml", "exclusions: []", """
            exclusions:
              - municipality: zvecan
                tasks: []
                reason: { sq: "a", sr: "b", en: "c" }
            """);

        Assert.Equal(
            ["data/2019/notes.yaml:3:12: exclusion tasks: list the task keys, e.g. [coordination], or write: all"],
            ws.Problems());
    }
}
