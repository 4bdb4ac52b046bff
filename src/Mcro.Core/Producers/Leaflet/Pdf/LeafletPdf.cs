namespace Mcro.Producers.Leaflet.Pdf;

/// <summary>
/// Makes Chromium's tagged PDF a PDF/UA-1 leaflet, by an incremental update that leaves every object Chromium wrote
/// (its structure tree above all) byte for byte as it was, but for its document information, emptied in place (it
/// holds the time of printing, and two builds must give the same bytes): the document information and XMP metadata declaring
/// PDF/UA-1, the catalogue's /Metadata, /Lang, /MarkInfo and /ViewerPreferences, /Tabs /S on every page, untagged
/// painting marked as artifacts, and an alternate description (/Contents) on every link annotation.
/// </summary>
/// <remarks>
/// PDFsharp 6.2.4 could write the dictionaries, but it saves a whole new file (every object renumbered, its own
/// /Producer and a random /ID unless told otherwise), and it would be a dependency for what is a few dictionaries here.
/// </remarks>
internal static class LeafletPdf
{
    /// <param name="linkTexts">The text of each link the page prints, by its address: the annotations' descriptions.</param>
    /// <exception cref="FormatException">The PDF is not laid out as Chromium writes it.</exception>
    public static byte[] Finish(byte[] chromium, DocumentInformation info, IReadOnlyDictionary<string, string> linkTexts)
    {
        var printed = new PdfFile(chromium);
        var producer = printed.Trailer["Info"] is { } oldInfo && printed.Resolve(oldInfo) is PdfDictionary old && old["Producer"] is PdfString p ? p.Text : "";
        // Chromium's own information (its time of printing) would stay in the file under the update: emptied in place, no offset moves.
        var file = printed.Trailer["Info"] is PdfReference chromiumInfo ? new PdfFile(printed.Emptied(chromiumInfo.Number)) : printed;
        var update = new PdfUpdate(file);

        var infoNumber = update.NewNumber();
        update.Set(infoNumber, info.Dictionary(producer));
        var metadata = update.NewNumber();
        update.SetStream(metadata, new([
            KeyValuePair.Create<string, PdfValue>("Type", new PdfName("Metadata")),
            KeyValuePair.Create<string, PdfValue>("Subtype", new PdfName("XML")),
        ]), XmpPacket.Of(info, producer), compress: false);

        var catalog = file.Catalog
            .With("Metadata", new PdfReference(metadata))
            .With("MarkInfo", new PdfDictionary([KeyValuePair.Create<string, PdfValue>("Marked", new PdfKeyword("true"))]))
            .With("ViewerPreferences", new PdfDictionary([KeyValuePair.Create<string, PdfValue>("DisplayDocTitle", new PdfKeyword("true"))]));
        if (catalog["Lang"] is null) catalog = catalog.With("Lang", PdfString.Of(info.Language));
        update.Set(file.RootNumber, catalog);

        foreach (var pageNumber in file.Pages())
        {
            var page = file.Dictionary(new PdfReference(pageNumber));
            if (page["Tabs"] is not PdfName { Name: "S" }) update.Set(pageNumber, page.With("Tabs", new PdfName("S")));
            MarkArtifacts(file, update, page);
            DescribeLinks(file, update, page, linkTexts);
        }
        return update.Write(("Info", new PdfReference(infoNumber)));
    }

    private static void MarkArtifacts(PdfFile file, PdfUpdate update, PdfDictionary page)
    {
        var contents = page["Contents"] switch
        {
            PdfReference single => [single],
            PdfArray array => array.Items.OfType<PdfReference>().ToList(),
            _ => [],
        };
        foreach (var stream in contents)
        {
            var data = file.StreamData(stream.Number);
            var marked = ContentArtifacts.Mark(data);
            if (ReferenceEquals(marked, data)) continue;
            var dictionary = new PdfDictionary([.. file.Dictionary(stream).Entries.Where(e => e.Key is not ("Length" or "Filter" or "DecodeParms"))]);
            update.SetStream(stream.Number, dictionary, marked, compress: true);
        }
    }

    private static void DescribeLinks(PdfFile file, PdfUpdate update, PdfDictionary page, IReadOnlyDictionary<string, string> linkTexts)
    {
        if (page["Annots"] is not { } annots || file.Resolve(annots) is not PdfArray list) return;
        foreach (var reference in list.Items.OfType<PdfReference>())
        {
            var annotation = file.Dictionary(reference);
            if (annotation["Subtype"] is not PdfName { Name: "Link" } || annotation["Contents"] is PdfString { Bytes.Length: > 0 }) continue;
            var uri = annotation["A"] is { } action && file.Resolve(action) is PdfDictionary a && a["URI"] is PdfString u ? u.Text : null;
            var text = uri is not null && linkTexts.TryGetValue(uri, out var written) && written.Trim().Length > 0 ? written.Trim() : uri;
            if (text is not null) update.Set(reference.Number, annotation.With("Contents", PdfString.Of(text)));
        }
    }
}
