using Mcro.Localization;

namespace Mcro.Producers.Accessibility;

/// <summary>
/// Where an edition's accessibility statement lives: beside its landing page ("sr/accessibility/index.html"), so it is
/// part of the edition's root folder, which every build writes whole with the landing page.
/// </summary>
public static class AccessibilityLayout
{
    public const string Folder = "accessibility";

    public static string Page(Edition edition) => edition.Tag + "/" + Folder + "/index.html";
}
