using Mcro.Tests.Site;

namespace Mcro.Tests.Serve;

/// <summary>
/// `mcro serve` follows its input folders by name: a data or templates folder deleted, replaced whole
/// (`rm -rf data &amp;&amp; cp -r backup data`) or renamed is noticed, said on the console and on the page, and the
/// folder now at that name is served and watched; never the stale site in silence.
/// </summary>
public sealed class ServeFolderTests : TempFolderTest
{
    private const string FixtureNote = "reported for the first time";

    public ServeFolderTests() : base("mcro-serve-folders-") => FolderCopy.Copy(SiteFixture.DataFolder, Data);

    private string Data => Work.PathOf("data");

    [Fact]
    public async Task A_data_folder_replaced_whole_is_served_and_its_new_files_watched()
    {
        if (OperatingSystem.IsWindows()) return;
        using var serve = ServeProcess.Start(Data, "--port", "0");
        using var http = Client(serve);
        Assert.Contains(FixtureNote, await http.GetStringAsync("2019/en/"));
        var backup = Work.PathOf("backup");
        FolderCopy.Copy(Data, backup);
        SetNote(backup, "from the backup");

        Directory.Delete(Data, recursive: true);
        FolderCopy.Copy(backup, Data);
        await ServeProcess.PollAsync(http, "2019/en/", page => page.Contains("from the backup", StringComparison.Ordinal) && !HasProblems(page));
        await serve.WaitForLineAsync(line => line.StartsWith(Data + "/ ", StringComparison.Ordinal) && line.Contains("watching", StringComparison.Ordinal), "that it watches the new folder");

        // A save inside the folder that replaced the old one rebuilds too.
        SetNote(Data, "saved in the new folder");
        await ServeProcess.PollAsync(http, "2019/en/", page => page.Contains("saved in the new folder", StringComparison.Ordinal));
        Assert.True(serve.Interrupt(ServeProcess.Patience));
    }

    [Fact]
    public async Task A_deleted_data_folder_is_a_problem_on_every_page_until_it_is_back()
    {
        if (OperatingSystem.IsWindows()) return;
        using var serve = ServeProcess.Start(Data, "--port", "0");
        using var http = Client(serve);
        await http.GetStringAsync("2019/en/");
        var backup = Work.PathOf("backup");
        FolderCopy.Copy(Data, backup);

        Directory.Delete(Data, recursive: true);
        var missing = await ServeProcess.PollAsync(http, "2019/en/", HasProblems);
        Assert.Contains("data folder not found", missing);
        Assert.Contains("data folder not found", await http.GetStringAsync(""));
        await serve.WaitForLineAsync(line => line.StartsWith(Data + "/ is gone", StringComparison.Ordinal), "that the data folder is gone");

        SetNote(backup, "back again");
        FolderCopy.Copy(backup, Data);
        await ServeProcess.PollAsync(http, "2019/en/", page => page.Contains("back again", StringComparison.Ordinal) && !HasProblems(page));
        await serve.WaitForLineAsync(line => line.StartsWith(Data + "/ is back", StringComparison.Ordinal), "that the data folder is back");

        SetNote(Data, "saved after the return");
        await ServeProcess.PollAsync(http, "2019/en/", page => page.Contains("saved after the return", StringComparison.Ordinal));
        Assert.True(serve.Interrupt(ServeProcess.Patience));
    }

    [Fact]
    public async Task A_renamed_data_folder_is_missed_and_the_folder_renamed_into_its_place_is_served()
    {
        if (OperatingSystem.IsWindows()) return;
        using var serve = ServeProcess.Start(Data, "--port", "0");
        using var http = Client(serve);
        await http.GetStringAsync("2019/en/");
        var aside = Work.PathOf("data-aside");

        Directory.Move(Data, aside);
        var missing = await ServeProcess.PollAsync(http, "2019/en/", HasProblems);
        Assert.Contains("data folder not found", missing);
        // A save in the folder that moved away is not the data serve was given.
        SetNote(aside, "edited while aside");

        Directory.Move(aside, Data);
        await ServeProcess.PollAsync(http, "2019/en/", page => page.Contains("edited while aside", StringComparison.Ordinal) && !HasProblems(page));
        SetNote(Data, "saved after the move back");
        await ServeProcess.PollAsync(http, "2019/en/", page => page.Contains("saved after the move back", StringComparison.Ordinal));
        Assert.True(serve.Interrupt(ServeProcess.Patience));
    }

    [Fact]
    public async Task A_templates_folder_replaced_whole_is_served_and_its_new_files_watched()
    {
        if (OperatingSystem.IsWindows()) return;
        var templates = Work.PathOf("templates");
        FolderCopy.Copy(SiteFixture.TemplatesFolder, templates);
        using var serve = ServeProcess.StartWith(Data, templates, "--port", "0");
        using var http = Client(serve);
        await http.GetStringAsync("2019/en/");
        var backup = Work.PathOf("templates-backup");
        FolderCopy.Copy(templates, backup);
        MarkLayout(backup, "from-the-templates-backup");

        Directory.Delete(templates, recursive: true);
        FolderCopy.Copy(backup, templates);
        await ServeProcess.PollAsync(http, "2019/en/", page => page.Contains("from-the-templates-backup", StringComparison.Ordinal) && !HasProblems(page));

        MarkLayout(templates, "saved-in-the-new-templates");
        await ServeProcess.PollAsync(http, "2019/en/", page => page.Contains("saved-in-the-new-templates", StringComparison.Ordinal));
        Assert.True(serve.Interrupt(ServeProcess.Patience));
    }

    private static HttpClient Client(ServeProcess serve) =>
        new() { BaseAddress = serve.WaitForAddress(ServeProcess.Patience), Timeout = ServeProcess.Patience };

    private static bool HasProblems(string page) => page.Contains("data-mcro-problems", StringComparison.Ordinal);

    /// <summary>The English note of 2019, which its English sheet shows.</summary>
    private static void SetNote(string data, string note)
    {
        var notes = Path.Combine(data, "2019", "notes.yaml");
        var text = File.ReadAllText(notes);
        var start = text.IndexOf("en: \"", StringComparison.Ordinal) + "en: \"".Length;
        File.WriteAllText(notes, text[..start] + note + text[text.IndexOf('"', start)..]);
    }

    private static void MarkLayout(string templates, string mark)
    {
        var layout = Path.Combine(templates, "layout.html");
        var text = File.ReadAllText(layout);
        var at = text.LastIndexOf("</body>", StringComparison.Ordinal);
        File.WriteAllText(layout, text[..at] + $"<!-- {mark} -->\n" + text[at..]);
    }
}
