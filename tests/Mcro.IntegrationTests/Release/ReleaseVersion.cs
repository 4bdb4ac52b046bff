namespace Mcro.Tests.Release;

/// <summary>mcro's version, from the one place that states it.</summary>
internal static class ReleaseVersion
{
    public static string File => Path.Combine(RepositoryRoot.Path, "version.txt");

    public static string Current { get; } = System.IO.File.ReadAllText(File).Trim();

    public const string PackageId = "Mcro.Factsheets";
}
