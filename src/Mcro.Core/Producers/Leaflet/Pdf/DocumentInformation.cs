using System.Globalization;

namespace Mcro.Producers.Leaflet.Pdf;

/// <summary>
/// What a reader's PDF viewer shows of a leaflet, written both in the Info dictionary and in the XMP metadata.
/// <paramref name="Date"/> stands for creation and modification: taken from the data, so two builds give the same bytes.
/// </summary>
/// <param name="Language">The edition's BCP 47 tag (sr-Latn), the document's /Lang and dc:language.</param>
public sealed record DocumentInformation(string Title, string Author, string Subject, string Keywords, DateTimeOffset Date, string Language)
{
    public const string Creator = "mcro";

    internal PdfDictionary Dictionary(string producer)
    {
        var date = new PdfString(System.Text.Encoding.Latin1.GetBytes("D:" + Date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z"));
        return new([
            KeyValuePair.Create<string, PdfValue>("Title", PdfString.Of(Title)),
            KeyValuePair.Create<string, PdfValue>("Author", PdfString.Of(Author)),
            KeyValuePair.Create<string, PdfValue>("Subject", PdfString.Of(Subject)),
            KeyValuePair.Create<string, PdfValue>("Keywords", PdfString.Of(Keywords)),
            KeyValuePair.Create<string, PdfValue>("Creator", new PdfString(System.Text.Encoding.Latin1.GetBytes(Creator))),
            KeyValuePair.Create<string, PdfValue>("Producer", new PdfString(System.Text.Encoding.Latin1.GetBytes(producer))),
            KeyValuePair.Create<string, PdfValue>("CreationDate", date),
            KeyValuePair.Create<string, PdfValue>("ModDate", date),
        ]);
    }
}
