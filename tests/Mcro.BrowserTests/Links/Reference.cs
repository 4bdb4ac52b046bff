namespace Mcro.BrowserTests.Links;

/// <summary>One link or asset a file points to: where it is (file and element) and the address it gives.</summary>
public sealed record Reference(string FromFile, string Element, string Address)
{
    /// <summary>An address that leaves the site (another host, mail): not ours to check offline.</summary>
    public bool IsExternal => Uri.TryCreate(Address, UriKind.Absolute, out var uri) && uri.Scheme != Uri.UriSchemeFile;
}
