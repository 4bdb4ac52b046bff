namespace Mcro.Charts;

/// <summary>A font file the site serves so pages and charts draw text with the glyphs the charts were measured with.</summary>
/// <param name="FileName">Name to write it under, in the site's fonts folder.</param>
/// <param name="Weight">CSS font-weight it provides (400 or 700).</param>
/// <param name="Content">The file's bytes; callers must not change them.</param>
public sealed record WebFontFile(string FileName, int Weight, ReadOnlyMemory<byte> Content);
