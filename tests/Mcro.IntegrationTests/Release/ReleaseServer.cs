using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Mcro.Tests.Release;

/// <summary>A folder served over HTTP on 127.0.0.1, as GitHub serves a repository's releases (releases/download/TAG/FILE).</summary>
internal sealed class ReleaseServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly string _root;
    private readonly Task _serving;

    public ReleaseServer(string root)
    {
        _root = Path.GetFullPath(root);
        // The port is chosen by the system for a moment's socket, then taken by the listener: another process could take
        // it in between, so a few tries.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            _listener = new HttpListener();
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                _listener.Start();
                Address = $"http://127.0.0.1:{port}";
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                _listener.Close();
            }
        }
        _serving = Task.Run(Serve);
    }

    public string Address { get; } = "";

    /// <summary>The paths asked for, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public void Dispose()
    {
        // Close alone, once: on Linux a second removal of the listener's prefix (Stop, then Close) binds the port
        // again to look it up, and fails when another process has taken the port in the meantime.
        try
        {
            _listener.Close();
        }
        catch (HttpListenerException)
        {
            // The port is no longer ours: there is nothing left to release.
        }
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
            // The listener stopped while a request was being answered: nothing is left to serve.
        }
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            try
            {
                await Answer(context);
            }
            catch (Exception e) when (e is HttpListenerException or IOException)
            {
                // The client went away mid-answer (curl gave up): the next request is served as usual.
            }
        }
    }

    private async Task Answer(HttpListenerContext context)
    {
        using var response = context.Response;
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        Requests.Enqueue(path);
        var file = Path.GetFullPath(Path.Combine(_root, path.TrimStart('/')));
        if (!file.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
        {
            response.StatusCode = 404;
            return;
        }
        response.ContentType = "application/octet-stream";
        response.ContentLength64 = new FileInfo(file).Length;
        await using var content = File.OpenRead(file);
        await content.CopyToAsync(response.OutputStream);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
