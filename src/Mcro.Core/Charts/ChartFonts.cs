using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Mcro.Charts;

/// <summary>
/// The one typeface of the charts (Noto Sans, assets/fonts). <see cref="TextMeasure"/> measures with the TTF embedded
/// here and the site serves the WOFF2 of the same subset, so text is laid out with the same glyph widths it is shown with.
/// </summary>
public static class ChartFonts
{
    /// <summary>CSS family name used in the SVG and in <see cref="FontFaceCss"/>.</summary>
    public const string Family = "Noto Sans";

    /// <summary>Value of the SVG font-family attribute: our family first, a generic fallback after it.</summary>
    public const string CssFontFamily = "'Noto Sans', sans-serif";

    /// <summary>Folder, relative to a standalone chart file, where the site puts <see cref="WebFontFiles"/>.</summary>
    public const string DefaultFontsUrl = "../fonts/";

    /// <summary>The WOFF2 files to copy into the site (regular and bold), with the font licence alongside.</summary>
    public static ImmutableArray<WebFontFile> WebFontFiles { get; } =
    [
        new("NotoSans-Regular.woff2", 400, Resource("NotoSans-Regular.woff2")),
        new("NotoSans-Bold.woff2", 700, Resource("NotoSans-Bold.woff2")),
    ];

    /// <summary>The OFL licence text that must travel with the font files (e.g. as fonts/OFL.txt).</summary>
    public static string LicenceText { get; } = Encoding.UTF8.GetString(Resource("OFL.txt"));

    /// <summary>@font-face rules for <see cref="WebFontFiles"/>, found under <paramref name="fontsUrl"/> (ending in "/").</summary>
    public static string FontFaceCss(string fontsUrl)
    {
        // The URL goes into CSS unquoted by any escaping of ours: refuse what could end the string or the rule.
        if (fontsUrl.Any(c => c is '\'' or '"' or '(' or ')' or '\\' or '<' or '>' or ';' or '{' or '}' || char.IsWhiteSpace(c) || char.IsControl(c)))
            throw new ArgumentException($"Font URL '{fontsUrl}' may not hold quotes, brackets, braces, ';', '<', '>', '\\' or white space.", nameof(fontsUrl));
        var css = new StringBuilder();
        foreach (WebFontFile file in WebFontFiles)
        {
            css.Append(CultureInfo.InvariantCulture,
                $"@font-face{{font-family:'{Family}';font-style:normal;font-weight:{file.Weight};font-display:swap;src:url('{fontsUrl}{file.FileName}') format('woff2')}}");
        }
        return css.ToString();
    }

    internal static SKTypeface Regular => Typefaces.Value.Regular;

    internal static SKTypeface Bold => Typefaces.Value.Bold;

    // Loaded once and shared: a typeface is immutable, so every thread may measure with it.
    private static readonly Lazy<(SKTypeface Regular, SKTypeface Bold)> Typefaces = new(() =>
        (Load("NotoSans-Regular.ttf"), Load("NotoSans-Bold.ttf")), LazyThreadSafetyMode.ExecutionAndPublication);

    private static SKTypeface Load(string name)
    {
        using SKData data = SKData.CreateCopy(Resource(name));
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The embedded font {name} could not be read.");
    }

    private static byte[] Resource(string name)
    {
        using Stream stream = typeof(ChartFonts).Assembly.GetManifestResourceStream("Mcro.Fonts." + name)
            ?? throw new InvalidOperationException($"The font file {name} is not embedded in Mcro.Core.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
