using System.CommandLine;
using System.Diagnostics;
using System.Net;
using Mcro.Build;
using Mcro.Cli.Serve;
using Microsoft.AspNetCore.Builder;

namespace Mcro.Cli;

/// <summary>mcro serve: the site built into memory and served on loopback, rebuilt on every save, open pages reloaded.</summary>
public sealed class ServeCommand : Command
{
    private readonly Option<DirectoryInfo> _data = CommonOptions.Data();
    private readonly Option<DirectoryInfo> _templates = CommonOptions.Templates();
    private readonly Option<IReadOnlyList<string>?> _mechanisms = CommonOptions.Mechanisms();
    private readonly Option<int> _port = new("--port")
    {
        Description = "Port to serve on; when it is taken, a free one is used (the address printed says which). 0: any free port",
        DefaultValueFactory = _ => 8000,
        HelpName = "N",
    };
    private readonly Option<string> _host = new("--host")
    {
        Description = "Address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 opens the preview to the network)",
        DefaultValueFactory = _ => "127.0.0.1",
        HelpName = "ADDRESS",
    };
    private readonly Option<bool> _open = new("--open") { Description = "Open the site in the default browser" };
    private readonly Option<bool> _noDrafts = new("--no-drafts")
    {
        Description = "Leave the draft years out, as 'mcro build' does (by default the preview shows them, marked as drafts)",
    };

    public ServeCommand() : base("serve", "Preview the site: build it into memory, serve it, rebuild on every save and reload the open pages")
    {
        Options.Add(_data);
        Options.Add(_templates);
        Options.Add(_mechanisms);
        Options.Add(_port);
        Options.Add(_host);
        Options.Add(_open);
        Options.Add(_noDrafts);
        _port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535) result.AddError("--port: give a port from 1 to 65535, or 0 for any free one");
        });
        _host.Validators.Add(result =>
        {
            if (!IPAddress.TryParse(result.GetValueOrDefault<string>(), out _)) result.AddError("--host: give an IP address such as 127.0.0.1 or 0.0.0.0");
        });
        SetAction((parse, cancel) => RunAsync(parse, cancel));
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancel)
    {
        var output = parse.InvocationConfiguration.Output;
        var data = parse.GetValue(_data)!.FullName;
        var (templatesFolder, templatesDisplay) = CommonOptions.TemplatesFolder(parse, _templates);
        var request = new BuildRequest(data, CommonOptions.DisplayName(parse, _data), templatesFolder, templatesDisplay,
            "", "(memory)", null, null, null)
        {
            Drafts = !parse.GetValue(_noDrafts),
            Mechanisms = parse.GetValue(_mechanisms) is { Count: > 0 } mechanisms ? mechanisms : null,
        };

        var site = new PreviewSite();
        using var builds = new PreviewBuilds(request, site, output);
        // Watching first: a save during the first build starts another after it.
        using var watcher = new InputWatcher([(data, request.DataDisplay), (templatesFolder, request.TemplatesDisplay)], builds.InputChanged, output);
        builds.BuildNow();
        var host = IPAddress.Parse(parse.GetValue(_host)!);
        WebApplication app;
        Uri address;
        try
        {
            (app, address) = await PreviewServer.StartAsync(site, host, parse.GetValue(_port), cancel);
        }
        catch (System.Net.Sockets.SocketException e)
        {
            parse.InvocationConfiguration.Error.WriteLine($"--host {host} --port {parse.GetValue(_port)}: cannot listen there ({e.Message})");
            return ExitCodes.Problems;
        }
        await using (app)
        {
            output.WriteLine($"serving {address} (from memory; nothing is written) — watching {request.DataDisplay}/ and {request.TemplatesDisplay}/; Ctrl+C stops");
            output.WriteLine(IPAddress.IsLoopback(host)
                ? "only this machine can open it (--host 0.0.0.0 to open it to the network)"
                : $"listening on {host}: other machines on the network can open it too, by this machine's address or name ({string.Join(", ", new PreviewHosts(host).MachineNames)}); a request naming any other host is refused");
            if (parse.GetValue(_open)) Open(address, output);
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop at once; there is nothing on disk to tidy.
            }
            await app.StopAsync(CancellationToken.None);
        }
        output.WriteLine("stopped");
        return ExitCodes.Success;
    }

    private static void Open(Uri address, TextWriter output)
    {
        try
        {
            Process.Start(new ProcessStartInfo(address.ToString()) { UseShellExecute = true })?.Dispose();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            output.WriteLine($"cannot open a browser here ({e.Message}); open {address} yourself");
        }
    }
}
