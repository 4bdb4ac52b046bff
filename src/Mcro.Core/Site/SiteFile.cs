using System.Text;

namespace Mcro.Site;

/// <summary>One output file: its path from the site's root ('/'-separated) and its bytes.</summary>
public sealed record SiteFile(string Path, byte[] Content)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static SiteFile Text(string path, string text) => new(path, Utf8.GetBytes(text));

    public string ReadText() => Utf8.GetString(Content);
}
