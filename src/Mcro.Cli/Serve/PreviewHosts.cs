using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Mcro.Cli.Serve;

/// <summary>
/// The names the preview answers to. A page of another site whose name was made to point at this machine (DNS
/// rebinding) still sends its own name as Host, so only requests that name this server reach the unpublished site:
/// `localhost`, `127.0.0.1`, `[::1]`, the `--host` address and the address the request arrived at, each with this
/// server's port or none; listening beyond loopback, also this machine's name (`NAME`, `NAME.local`) and, on every
/// address (0.0.0.0, ::), any address of its network interfaces. Names are compared without case and without one
/// trailing dot (`LOCALHOST.` is `localhost`); every other name is refused, whatever it resolves to.
/// </summary>
public sealed partial class PreviewHosts(IPAddress listen)
{
    private readonly IPAddress _listen = Canonical(listen);
    private readonly bool _beyondLoopback = !IPAddress.IsLoopback(listen);
    private readonly bool _everyAddress = listen.Equals(IPAddress.Any) || listen.Equals(IPAddress.IPv6Any);

    /// <summary>This machine's names, as the network may know it (only when listening beyond loopback).</summary>
    public IReadOnlyList<string> MachineNames { get; } = NamesOf(Dns.GetHostName());

    /// <param name="host">The request's Host header (HTTP/2's :authority), null when it has none or several.</param>
    public HostVerdict Judge(string? host, int localPort, IPAddress? localAddress)
    {
        if (!TryParse(host, out var name, out var address, out var port)) return HostVerdict.Malformed;
        if (port is { } given && given != localPort) return HostVerdict.Foreign;
        var ours = address is null ? IsOurName(name) : IsOurAddress(Canonical(address), localAddress);
        return ours ? HostVerdict.Answer : HostVerdict.Foreign;
    }

    private bool IsOurName(string name) =>
        name == "localhost" || (_beyondLoopback && MachineNames.Contains(name, StringComparer.Ordinal));

    private bool IsOurAddress(IPAddress address, IPAddress? localAddress) =>
        address.Equals(IPAddress.Loopback) || address.Equals(IPAddress.IPv6Loopback) || address.Equals(_listen)
        || (localAddress is not null && address.Equals(Canonical(localAddress)))
        // Asked only for an address not already known: interfaces come and go while serve runs (Wi-Fi, VPN).
        || (_everyAddress && MachineAddresses().Any(mine => mine.Equals(address)));

    private static IEnumerable<IPAddress> MachineAddresses()
    {
        try
        {
            return NetworkInterface.GetAllNetworkInterfaces().SelectMany(i => i.GetIPProperties().UnicastAddresses).Select(u => Canonical(u.Address)).ToList();
        }
        catch (NetworkInformationException)
        {
            return [];
        }
    }

    /// <summary>`uri-host [":" port]` (RFC 9110 section 7.2): a bracketed IPv6 address, a dotted IPv4 address or a name.</summary>
    private static bool TryParse(string? host, out string name, out IPAddress? address, out int? port)
    {
        (name, address, port) = ("", null, null);
        if (string.IsNullOrEmpty(host)) return false;
        string rest;
        if (host[0] == '[')
        {
            var close = host.IndexOf(']', StringComparison.Ordinal);
            if (close < 0 || !IPAddress.TryParse(host[1..close], out address) || address.AddressFamily != AddressFamily.InterNetworkV6) return false;
            rest = host[(close + 1)..];
        }
        else
        {
            var colon = host.IndexOf(':', StringComparison.Ordinal);
            name = (colon < 0 ? host : host[..colon]).ToLowerInvariant();
            rest = colon < 0 ? "" : host[colon..];
            // One trailing dot is the same name written in full (`localhost.`), as browsers and resolvers take it.
            if (name.EndsWith('.')) name = name[..^1];
            if (!HostName().IsMatch(name)) return false;
            // Only the four-number form is an address; `127.1` or `2130706433` are not what a browser sends.
            if (DottedQuad().IsMatch(name) && IPAddress.TryParse(name, out var dotted)) address = dotted;
        }
        if (rest.Length == 0) return true;
        if (!PortPart().IsMatch(rest) || !int.TryParse(rest.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture, out var number) || number > 65535) return false;
        port = number;
        return true;
    }

    /// <summary>IPv4 as itself even when it came over IPv6 (`::ffff:127.0.0.1`); IPv6 without its zone (`%eth0`), which a Host never carries.</summary>
    private static IPAddress Canonical(IPAddress address) =>
        address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address.AddressFamily == AddressFamily.InterNetworkV6 ? new IPAddress(address.GetAddressBytes()) : address;

    private static List<string> NamesOf(string machine)
    {
        var full = machine.ToLowerInvariant().TrimEnd('.');
        var first = full.Split('.')[0];
        return full.Length == 0 ? [] : [.. new[] { full, first, first + ".local" }.Distinct()];
    }

    [GeneratedRegex(@"^[a-z0-9_-]+(\.[a-z0-9_-]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex HostName();

    [GeneratedRegex(@"^(0|[1-9][0-9]{0,2})(\.(0|[1-9][0-9]{0,2})){3}$", RegexOptions.CultureInvariant)]
    private static partial Regex DottedQuad();

    [GeneratedRegex(@"^:[0-9]{1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex PortPart();
}

/// <summary>What the preview does with a request, by its Host.</summary>
public enum HostVerdict
{
    Answer,

    /// <summary>400: no Host, several, or one that is not a host at all.</summary>
    Malformed,

    /// <summary>421 Misdirected Request: a host that is not this server.</summary>
    Foreign,
}
