using System.Text;

namespace Mcro.Site;

/// <summary>
/// Where producers put the files of their pages as they render them: the staging folder for a build, memory for
/// tests and the preview. Thread-safe; each path is written once.
/// </summary>
public interface ISiteSink
{
    void Write(string path, byte[] content);

    /// <summary>A file this build has produced so far, or null (a producer that shows other pages, such as the leaflet printer, reads them back).</summary>
    byte[]? Read(string path);
}

public static class SiteSinkExtensions
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteText(this ISiteSink sink, string path, string text) => sink.Write(path, Utf8.GetBytes(text));
}
