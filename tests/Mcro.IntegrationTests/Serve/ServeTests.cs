using System.Net;
using Mcro.Tests.Site;

namespace Mcro.Tests.Serve;

/// <summary>
/// `mcro serve` as its own process on a free port: it serves the site from memory, rebuilds after a save, shows a broken
/// file's problems over every page and recovers when it is fixed, and stops at once on Ctrl+C. Every wait is bounded.
/// </summary>
public sealed class ServeTests : TempFolderTest
{
    private static readonly TimeSpan Patience = ServeProcess.Patience;

    public ServeTests() : base("mcro-serve-") => FolderCopy.Copy(SiteFixture.DataFolder, Data);

    private string Data => Work.PathOf("data");

    [Fact]
    public async Task Serves_rebuilds_after_a_save_shows_a_broken_file_recovers_and_stops_on_ctrl_c()
    {
        if (OperatingSystem.IsWindows()) return;
        using var serve = ServeProcess.Start(Data, "--port", "0");
        var address = serve.WaitForAddress(Patience);
        Assert.Equal("127.0.0.1", address.Host);
        using var http = new HttpClient { BaseAddress = address, Timeout = ServeProcess.Patience };

        var before = await http.GetStringAsync("2019/en/");
        Assert.Contains("data-mcro-preview", before);
        Assert.DoesNotContain("data-mcro-problems", before);

        var offices = Path.Combine(Data, "2019", "offices.csv");
        var original = File.ReadAllText(offices);
        File.WriteAllText(offices, original.Replace("prizren,yes,yes", "prizren,no,yes", StringComparison.Ordinal));
        var changed = await ServeProcess.PollAsync(http, "2019/en/", page => page != before);
        Assert.DoesNotContain("data-mcro-problems", changed);

        File.AppendAllText(offices, "junik,\"yes\n");
        var broken = await ServeProcess.PollAsync(http, "2019/en/", page => page.Contains("data-mcro-problems", StringComparison.Ordinal));
        Assert.Contains("2019/offices.csv:", broken);
        Assert.Contains("never closed", broken);
        Assert.Contains("data-mcro-problems", await http.GetStringAsync(""));

        File.WriteAllText(offices, original);
        var fixedPage = await ServeProcess.PollAsync(http, "2019/en/", page => !page.Contains("data-mcro-problems", StringComparison.Ordinal));
        // The same page as before the edits; only the build it waits after has moved on.
        Assert.Equal(WithoutVersion(before), WithoutVersion(fixedPage));

        var stopped = serve.Interrupt(Patience);
        Assert.True(stopped, "serve did not stop after Ctrl+C");
        Assert.Equal(0, serve.Process.ExitCode);
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(Work.Path), e => Path.GetFileName(e) != "data");
    }

    [Fact]
    public async Task A_second_serve_on_a_taken_port_picks_another_and_says_which()
    {
        if (OperatingSystem.IsWindows()) return;
        using var first = ServeProcess.Start(Data, "--port", "0");
        var taken = first.WaitForAddress(Patience);
        using var second = ServeProcess.Start(Data, "--port", taken.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var other = second.WaitForAddress(Patience);

        Assert.NotEqual(taken.Port, other.Port);
        using var http = new HttpClient { Timeout = ServeProcess.Patience };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(other, "index.html"))).StatusCode);
        Assert.True(first.Interrupt(Patience) && second.Interrupt(Patience));
    }

    [Fact]
    public void An_address_this_machine_does_not_have_is_one_clear_error()
    {
        if (OperatingSystem.IsWindows()) return;
        using var serve = ServeProcess.Start(Data, "--host", "203.0.113.7", "--port", "0");

        Assert.True(serve.Process.WaitForExit(Patience), "serve did not give up");
        Assert.Equal(1, serve.Process.ExitCode);
        Assert.Contains("--host 203.0.113.7 --port 0: cannot listen there", serve.Process.StandardError.ReadToEnd());
    }

    [Fact]
    public void The_reload_script_is_never_in_built_files()
    {
        var site = SiteFixture.Build();
        Assert.All(site.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)), f => Assert.DoesNotContain("mcro-preview", f.ReadText()));
    }

    [Fact]
    public async Task Mcro_serve_refuses_a_foreign_host()
    {
        if (OperatingSystem.IsWindows()) return;
        using var serve = ServeProcess.Start(SiteFixture.DataFolder, "--port", "0");
        var address = serve.WaitForAddress(ServeProcess.Patience);
        using var http = new HttpClient { Timeout = ServeProcess.Patience };
        using var rebound = new HttpRequestMessage(HttpMethod.Get, new Uri(address, "2019/en/"));
        rebound.Headers.Host = $"rebound.example:{address.Port}";
        using var refused = await http.SendAsync(rebound);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, refused.StatusCode);
        Assert.DoesNotContain("data-mcro-preview", await refused.Content.ReadAsStringAsync());
        Assert.Contains("data-mcro-preview", await http.GetStringAsync(new Uri(address, "2019/en/")));
        Assert.True(serve.Interrupt(ServeProcess.Patience));
    }

    private static string WithoutVersion(string page) => System.Text.RegularExpressions.Regex.Replace(page, @"version=\d+", "version=N");
}
