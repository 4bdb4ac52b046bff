using Mcro.Rendering;
using Mcro.Rendering.Views;

namespace Mcro.Producers.Sheet.Views;

/// <param name="Leaflet">The link to the sheet's printed leaflet (PDF), only when one was printed.</param>
/// <summary>One year's factsheet in one edition, in the order of its anatomy; every text already localized.</summary>
public sealed record SheetPage(
    int Year,
    string Title,
    string Intro,
    EstablishmentSection Establishment,
    FunctioningSection Functioning,
    PerformanceSection Performance,
    string Closing,
    DownloadLinks Downloads,
    DownloadLinks? Leaflet = null)
{
    /// <summary>The change from the year before in the data; null for the first year.</summary>
    public ChangeSection? Changes { get; init; }

    /// <summary>Every MOCR of the year at a glance, each linking its profile.</summary>
    public GlanceSection? Glance { get; init; }

    /// <summary>The link to the trends page of the sheet's edition.</summary>
    public PageLink? Trends { get; init; }
}

/// <param name="SimilarOffices">Prose with emphasis (<i>de facto</i>), escaped already.</param>
public sealed record EstablishmentSection(string Heading, string Summary, RawHtml? SimilarOffices, IReadOnlyList<string> Notes);

public sealed record FunctioningSection(string Heading, IReadOnlyList<Figure> Figures, IReadOnlyList<string> Notes);

/// <summary>The method note, core tasks (with the footnote on "core tasks*"), the distribution of tasks performed; exclusions sit in their figure's notes.</summary>
public sealed record PerformanceSection(
    string Heading,
    string MethodNote,
    Figure CoreTasks,
    Figure TasksPerformed,
    IReadOnlyList<string> Notes);
