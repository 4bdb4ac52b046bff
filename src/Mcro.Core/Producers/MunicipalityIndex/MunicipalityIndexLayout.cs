using Mcro.Localization;
using Mcro.Site;

namespace Mcro.Producers.MunicipalityIndex;

/// <summary>
/// Where an edition's index of municipalities lives: beside its landing page ("sr/municipalities/index.html"), so it is
/// part of the edition's root folder, which every build writes whole with the landing page.
/// </summary>
public static class MunicipalityIndexLayout
{
    public static string Page(Edition edition) => edition.Tag + "/" + SiteLayout.MunicipalitiesFolder + "/index.html";
}
