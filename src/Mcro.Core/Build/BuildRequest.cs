namespace Mcro.Build;

/// <summary>What `mcro build` was asked to do; each folder with the name the user gave it, for messages.</summary>
public sealed record BuildRequest(
    string DataFolder,
    string DataDisplay,
    string TemplatesFolder,
    string TemplatesDisplay,
    string OutputFolder,
    string OutputDisplay,
    IReadOnlyList<int>? Years,
    IReadOnlyList<string>? Languages,
    string? BaseUrl)
{
    /// <summary>The templates beneath the team's: each file the team's folder lacks comes from here. Null: none.</summary>
    public string? BuiltInTemplates { get; init; } = Rendering.TemplateLayers.InstalledFolder;

    /// <summary>Print every sheet built to a PDF leaflet beside it (--pdf).</summary>
    public bool Leaflets { get; init; }

    /// <summary>The browser to print with (--chromium); null: MCRO_CHROMIUM, PATH, the usual places.</summary>
    public string? Chromium { get; init; }

    /// <summary>How long the browser may take to come up, and each leaflet to print (--browser-timeout); null: mcro's default.</summary>
    public TimeSpan? BrowserTimeout { get; init; }

    /// <summary>
    /// Build the draft years too (year.yaml: status: draft; --drafts, and the preview by default), each of their pages
    /// marked as a draft. Without it a draft year is left out as if its folder were not there.
    /// </summary>
    public bool Drafts { get; init; }

    /// <summary>
    /// Build only these mechanisms of the series (--mechanism; "mocr" is the year's own sheet); null or empty: every one.
    /// The site then holds only their pages (<see cref="MechanismSelection"/>), and the MOCR's year sheets, which every
    /// other page hangs from, whether named or not.
    /// </summary>
    public IReadOnlyList<string>? Mechanisms { get; init; }

    /// <summary>The date the leaflets carry (SOURCE_DATE_EPOCH, as reproducible builds set it); null: the end of each sheet's year.</summary>
    public DateTimeOffset? SourceDate { get; init; }
}
