using Mcro.Rendering.Views;

namespace Mcro.Producers.Mechanism.Views;

/// <summary>
/// One mechanism's sheet for a year in one edition: its title, mandate and legal basis, then the sections its definition
/// lists, in its order; every text already localized.
/// </summary>
/// <param name="Leaflet">The link to the sheet's printed leaflet (PDF), only when one was printed.</param>
public sealed record MechanismPage(
    string Mechanism,
    int Year,
    string Title,
    string Mandate,
    string LegalBasis,
    IReadOnlyList<MechanismSectionView> Sections,
    string MethodNote,
    string Closing,
    DownloadLinks Downloads,
    DownloadLinks? Leaflet = null)
{
    /// <summary>The headline figures beside the year before with data for this mechanism; null for its first year.</summary>
    public MechanismChange? Changes { get; init; }

    /// <summary>The link to the mechanism's trends page in the sheet's edition, when the site holds one.</summary>
    public PageLink? Trends { get; init; }
}

/// <summary>
/// A section of the sheet, whatever its kind: a heading, sentences, figures (charts with their tables), the list of
/// municipalities (establishment only) and the notes of the section.
/// </summary>
/// <param name="Kind">establishment, functioning, people, representation or duties: the section's id and class.</param>
public sealed record MechanismSectionView(
    string Kind,
    string Heading,
    IReadOnlyList<string> Summary,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<MechanismNoteView> Notes)
{
    public MunicipalityList? Municipalities { get; init; }
}

/// <summary>A note of the section; a municipality's note carries the number its row in the list refers to.</summary>
public sealed record MechanismNoteView(string Text, string? Number, string? Anchor);

/// <summary>Every municipality with the mechanism's status, whether it is mandatory there, and its people.</summary>
/// <param name="Mandatory">The column's heading; null when the mechanism is mandatory everywhere or nowhere (no column).</param>
public sealed record MunicipalityList(
    string Caption,
    string Municipality,
    string? Mandatory,
    string Status,
    string People,
    IReadOnlyList<MunicipalityRow> Rows);

/// <param name="Notes">The municipality's notes (their numbers and anchors), wherever on the sheet they stand.</param>
public sealed record MunicipalityRow(
    string Name,
    string Href,
    string? Mandatory,
    string StatusCode,
    string Status,
    string People,
    IReadOnlyList<MechanismNoteView> Notes);

/// <summary>The change table: each headline figure in the two years and the change in words.</summary>
public sealed record MechanismChange(string Heading, IReadOnlyList<string> Columns, IReadOnlyList<MechanismChangeRow> Rows);

/// <param name="Direction">up, down or same: the row's class; the words say it too.</param>
public sealed record MechanismChangeRow(string Figure, string Previous, string Current, string Change, string Direction);
