namespace Mcro.Site;

/// <summary>The media type of a site file, by its extension, for whatever serves the site from memory (the preview, the leaflet printer).</summary>
public static class MediaTypes
{
    public static string Of(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".json" => "application/json",
        ".csv" => "text/csv; charset=utf-8",
        ".xml" => "application/xml",
        ".woff2" => "font/woff2",
        ".txt" => "text/plain; charset=utf-8",
        ".pdf" => "application/pdf",
        _ => "application/octet-stream",
    };
}
