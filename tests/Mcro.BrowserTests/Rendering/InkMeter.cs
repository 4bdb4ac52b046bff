using PuppeteerSharp;

namespace Mcro.BrowserTests.Rendering;

/// <summary>
/// How much of a screenshot is not page background: the browser decodes the PNG into a canvas and counts
/// pixels that differ from the top-left one. A blank (or all-background) page scores near zero.
/// </summary>
public static class InkMeter
{
    public static async Task<double> InkedShareAsync(IPage blankTab, byte[] png)
    {
        var dataUrl = "data:image/png;base64," + Convert.ToBase64String(png);
        return await blankTab.EvaluateFunctionAsync<double>("""
            async (src) => {
              const image = new Image();
              image.src = src;
              await image.decode();
              const canvas = new OffscreenCanvas(image.width, image.height);
              const context = canvas.getContext('2d');
              context.drawImage(image, 0, 0);
              const pixels = context.getImageData(0, 0, image.width, image.height).data;
              let inked = 0;
              for (let i = 0; i < pixels.length; i += 4) {
                if (Math.abs(pixels[i] - pixels[0]) + Math.abs(pixels[i + 1] - pixels[1]) + Math.abs(pixels[i + 2] - pixels[2]) > 48) inked++;
              }
              return inked / (pixels.length / 4);
            }
            """, dataUrl);
    }
}
