namespace Mcro.Review.Report;

/// <summary>A site page or chart by its kind, as a reviewer counts them: "profile", "sheet", "trends page".</summary>
public static class PageKinds
{
    public static string Of(string path)
    {
        var parts = path.Split('/');
        var year = parts[0].Length == 4 && parts[0].All(char.IsAsciiDigit);
        if (path.EndsWith(".svg", StringComparison.Ordinal)) return parts[0] == Site.SiteLayout.TrendsFolder ? "trends chart" : "chart";
        if (path.EndsWith("municipalities/index.html", StringComparison.Ordinal)) return "municipality index";
        if (parts.Contains(Site.SiteLayout.MunicipalitiesFolder)) return "profile";
        if (parts[0] == Site.SiteLayout.TrendsFolder) return "trends page";
        if (year && parts.Length == 3 && parts[2] == "index.html") return "sheet";
        if (parts.Length == 1) return "landing page";
        if (parts.Length == 2 && parts[1] == "index.html") return "edition landing page";
        return "page " + parts[^1];
    }

    /// <summary>"96 profiles", "1 sheet".</summary>
    public static string Count(int count, string kind) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? kind : kind.StartsWith("page ", StringComparison.Ordinal) ? kind.Replace("page ", "pages ", StringComparison.Ordinal) : kind.EndsWith('x') ? kind + "es" : kind + "s");
}
