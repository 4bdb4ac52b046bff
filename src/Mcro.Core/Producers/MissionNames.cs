using Mcro.Localization;
using Mcro.Model;

namespace Mcro.Producers;

/// <summary>The mission's name as every sheet of the series fills {mission} and {mission_genitive} in its texts.</summary>
public static class MissionNames
{
    /// <summary>The two placeholders' values in the edition's language; none when config.yaml does not name the mission.</summary>
    public static (string Name, string Value)[] Of(DatasetConfig config, EditionNames names)
    {
        if (config.Mission.ByLanguage.IsEmpty) return [];
        var language = names.Language;
        var name = config.Mission.Has(language) ? names.Of(config.Mission) : "";
        var genitive = config.MissionGenitive.Has(language) ? names.Of(config.MissionGenitive) : name;
        return [("mission", name), ("mission_genitive", genitive)];
    }
}
