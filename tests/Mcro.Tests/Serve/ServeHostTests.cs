using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Mcro.Cli.Serve;
using Mcro.Site;

namespace Mcro.Tests.Serve;

/// <summary>
/// The preview answers only requests that name it: any other Host (a page of another site whose name was pointed at
/// this machine: DNS rebinding) gets 421 and nothing of the site, on every endpoint; a missing or broken Host gets 400.
/// Requests go over a raw socket to a real Kestrel listener, so every Host header is sent exactly as written.
/// </summary>
public sealed class ServeHostTests
{
    private const string Secret = "unpublished figures";

    private static readonly string[] Endpoints = ["/", "/2019/en/", "/2019/en", "/style.css", "/nowhere.html", PreviewPage.EventsPath + "?version=0"];

    [Fact]
    public async Task Its_own_names_with_or_without_its_port_are_answered_and_others_misdirected_on_every_endpoint()
    {
        await using var server = await Server.StartAsync(IPAddress.Loopback);
        var port = server.Port;
        string[] own =
        [
            $"127.0.0.1:{port}", "127.0.0.1", $"localhost:{port}", "localhost", $"LOCALHOST:{port}", $"LocalHost:{port}", $"localhost.:{port}",
            $"[::1]:{port}", "[::1]", $"[0:0:0:0:0:0:0:1]:{port}", $"[::ffff:127.0.0.1]:{port}", $"127.0.0.1.:{port}",
        ];
        foreach (var host in own)
        {
            var page = await server.AskAsync($"GET /2019/en/ HTTP/1.1\r\nHost: {host}\r\n");
            Assert.True(page.Status == 200, $"Host {host}: {page.Status}");
            Assert.Contains(Secret, page.Text);
            var events = await server.AskAsync($"GET {PreviewPage.EventsPath}?version=0 HTTP/1.1\r\nHost: {host}\r\n", headOnly: true);
            Assert.True(events.Status == 200, $"Host {host} events: {events.Status}");
        }
        var otherPort = port == 65535 ? port - 1 : port + 1;
        string[] foreign =
        [
            "evil.example", $"evil.example:{port}", $"localhost.evil.example:{port}", $"127.0.0.1.nip.io:{port}", $"localhost:{otherPort}",
            $"127.0.0.1:{otherPort}", $"[::1]:{otherPort}", $"192.168.1.20:{port}", $"[::2]:{port}", $"127.0.0.2:{port}", $"0.0.0.0:{port}",
            $"xlocalhost:{port}", $"[::ffff:10.0.0.1]:{port}",
            // Known to the network only when serve listens beyond loopback.
            .. Dns.GetHostName() is var name && !name.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? [$"{name}:{port}"] : Array.Empty<string>(),
        ];
        foreach (var host in foreign)
        {
            foreach (var path in Endpoints)
            {
                var response = await server.AskAsync($"GET {path} HTTP/1.1\r\nHost: {host}\r\n");
                Assert.True(response.Status == 421, $"Host {host} {path}: {response.Status}");
                Assert.DoesNotContain(Secret, response.Text);
                Assert.DoesNotContain("data-mcro-preview", response.Text);
            }
        }
    }

    [Fact]
    public async Task A_missing_empty_or_broken_host_is_a_bad_request()
    {
        await using var server = await Server.StartAsync(IPAddress.Loopback);
        string[] requests =
        [
            "GET / HTTP/1.1\r\n", "GET / HTTP/1.0\r\n", "GET / HTTP/1.1\r\nHost: \r\n", "GET / HTTP/1.0\r\nHost: \r\n",
            $"GET / HTTP/1.1\r\nHost: localhost:{server.Port}\r\nHost: evil.example\r\n", $"GET / HTTP/1.0\r\nHost: localhost:x{server.Port}\r\n",
            "GET / HTTP/1.0\r\nHost: localhost:99999\r\n", "GET / HTTP/1.0\r\nHost: [::1\r\n", "GET / HTTP/1.0\r\nHost: ::1\r\n",
            "GET / HTTP/1.0\r\nHost: local host\r\n", "GET / HTTP/1.0\r\nHost: localhost:\r\n",
            "GET / HTTP/1.0\r\nHost: localhost..\r\n", "GET / HTTP/1.0\r\nHost: .localhost\r\n",
        ];
        foreach (var request in requests)
        {
            var response = await server.AskAsync(request);
            Assert.True(response.Status == 400, $"{request.ReplaceLineEndings(" | ")}: {response.Status}");
            Assert.DoesNotContain(Secret, response.Text);
        }
    }

    [Fact]
    public async Task An_absolute_request_target_naming_another_host_gets_nothing()
    {
        await using var server = await Server.StartAsync(IPAddress.Loopback);
        foreach (var request in new[]
        {
            "GET http://evil.example/2019/en/ HTTP/1.1\r\nHost: evil.example\r\n",
            $"GET http://evil.example:{server.Port}/2019/en/ HTTP/1.1\r\nHost: localhost:{server.Port}\r\n",
            $"GET http://localhost:{server.Port}/2019/en/ HTTP/1.1\r\nHost: evil.example\r\n",
        })
        {
            var response = await server.AskAsync(request);
            Assert.True(response.Status is 400 or 421, $"{request.ReplaceLineEndings(" | ")}: {response.Status}");
            Assert.DoesNotContain(Secret, response.Text);
        }
        var own = await server.AskAsync($"GET http://localhost:{server.Port}/2019/en/ HTTP/1.1\r\nHost: localhost:{server.Port}\r\n");
        Assert.Equal(200, own.Status);
    }

    [Fact]
    public async Task On_every_address_the_machine_is_known_by_its_name_and_addresses_and_nothing_else()
    {
        await using var server = await Server.StartAsync(IPAddress.Any);
        var port = server.Port;
        var name = Dns.GetHostName();
        foreach (var host in new[] { $"{name}:{port}", name.ToUpperInvariant(), $"{name.Split('.')[0]}.local:{port}", $"localhost:{port}", $"127.0.0.1:{port}" })
            Assert.True((await server.AskAsync($"GET /2019/en/ HTTP/1.1\r\nHost: {host}\r\n")).Status == 200, $"Host {host}");
        foreach (var host in new[] { $"{name}.evil.example:{port}", $"evil.example:{port}", $"{name}:{(port == 65535 ? port - 1 : port + 1)}", $"203.0.113.9:{port}" })
            Assert.True((await server.AskAsync($"GET /2019/en/ HTTP/1.1\r\nHost: {host}\r\n")).Status == 421, $"Host {host}");
    }

    /// <summary>The preview's server on a free port, with a published site holding <see cref="Secret"/>.</summary>
    private sealed class Server : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private Microsoft.AspNetCore.Builder.WebApplication _app = null!;

        public int Port { get; private set; }

        public static async Task<Server> StartAsync(IPAddress host)
        {
            var site = new PreviewSite();
            var sink = new MemorySink();
            sink.Write("index.html", Encoding.UTF8.GetBytes($"<!doctype html><body>{Secret}</body>"));
            sink.Write("2019/en/index.html", Encoding.UTF8.GetBytes($"<!doctype html><body>{Secret}</body>"));
            sink.Write("style.css", Encoding.UTF8.GetBytes($"/* {Secret} */"));
            site.Publish(sink);
            var server = new Server();
            (server._app, var address) = await PreviewServer.StartAsync(site, host, 0, server._stop.Token);
            server.Port = address.Port;
            return server;
        }

        /// <summary>Sends the request head as written (plus `Connection: close`) and reads the answer, or only its head.</summary>
        public async Task<(int Status, string Text)> AskAsync(string head, bool headOnly = false)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head + "Connection: close\r\n\r\n"), timeout.Token);
            var received = new MemoryStream();
            var buffer = new byte[4096];
            while (true)
            {
                var read = await stream.ReadAsync(buffer, timeout.Token);
                if (read == 0) break;
                received.Write(buffer, 0, read);
                if (headOnly && Encoding.UTF8.GetString(received.ToArray()).Contains("\r\n\r\n", StringComparison.Ordinal)) break;
            }
            var text = Encoding.UTF8.GetString(received.ToArray());
            Assert.StartsWith("HTTP/1.", text);
            return (int.Parse(text.Split(' ')[1], CultureInfo.InvariantCulture), text);
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
            _stop.Dispose();
        }
    }
}
