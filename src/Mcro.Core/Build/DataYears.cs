using System.Globalization;
using Mcro.Diagnostics;
using Mcro.Loading;

namespace Mcro.Build;

/// <summary>
/// The years of one build, decided before anything is loaded: the year folders of the data, the years to build (asked
/// for, or those whose data changed since the last build) and the years to load, each loaded once.
/// </summary>
/// <param name="Folders">The year folders of the data, empty ones included; the draft years' only when the build asks for drafts.</param>
/// <param name="Build">The years to build; null: every year.</param>
/// <param name="Load">The years to load; null: every year folder.</param>
internal sealed record DataYears(IReadOnlyList<int> Folders, IReadOnlyList<int>? Build, IReadOnlyList<int>? Load)
{
    /// <param name="changed">The years whose data changed since the last build, when only they did; null: build what was asked.</param>
    public static DataYears Of(BuildRequest request, IReadOnlySet<int>? changed)
    {
        // Problems of the folder (a mistyped year) are the load's to report.
        var folders = FoldersOf(request);
        var build = changed is null ? request.Years : IncrementalPlan.YearsToBuild(changed, folders);
        var withData = folders.Where(year => HasData(request.DataFolder, year)).ToHashSet();
        return new DataYears(folders, build, IncrementalPlan.YearsToLoad(build, folders, withData));
    }

    /// <summary>The year folders a build sees: without --drafts, a draft year is as if its folder were not there.</summary>
    public static IReadOnlyList<int> FoldersOf(BuildRequest request)
    {
        var folders = DatasetLoader.FindYears(new DataFolder(request.DataFolder, request.DataDisplay, new DiagnosticBag()));
        if (request.Drafts) return folders;
        var drafts = YearSettingsLoader.Drafts(request.DataFolder, folders);
        return [.. folders.Where(year => !drafts.Contains(year))];
    }

    public string Detail =>
        $"{(Build is null ? "every year" : Build.Count == 0 ? "no year" : string.Join(", ", Build))} to build, " +
        $"{(Load is null ? "every year" : string.Join(", ", Load))} to load";

    /// <summary>A year folder holding anything; one that cannot be listed may hold something, and its load says why it cannot be read.</summary>
    private static bool HasData(string dataFolder, int year)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries(Path.Combine(dataFolder, year.ToString(CultureInfo.InvariantCulture))).Any();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }
}
