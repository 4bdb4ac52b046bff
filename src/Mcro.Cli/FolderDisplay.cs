namespace Mcro.Cli;

/// <summary>A folder named in messages as the user typed it, so the name still means the folder they meant.</summary>
public static class FolderDisplay
{
    /// <summary>
    /// "data/" is "data" (messages add their own '/'), but a root keeps its separator: "/" is "/" and "C:\" is "C:/",
    /// never "." or "C:", which name other folders. A backslash is a separator only on Windows; elsewhere it is part of a name.
    /// </summary>
    public static string AsTyped(string given)
    {
        var shown = OperatingSystem.IsWindows() ? given.Replace('\\', '/') : given;
        if (shown.Length == 0) return ".";
        var trimmed = shown.TrimEnd('/');
        if (trimmed.Length == 0) return "/";
        return trimmed.Length < shown.Length && trimmed.EndsWith(':') ? trimmed + "/" : trimmed;
    }
}
