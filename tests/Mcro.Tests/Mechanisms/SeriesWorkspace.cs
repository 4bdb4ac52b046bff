namespace Mcro.Tests.Mechanisms;

/// <summary>
/// The valid fixture with one mechanism of its own, "cm", written inline so every figure the tests assert can be read
/// off these lines: mandatory at 10 % (gjakove exactly at it, zvecan just below, mamushe's majority in the second row),
/// a vacant post (mitrovice-south, mandatory), a dissolved one, an n/a with its exclusion, people and the communities
/// they leave out.
/// </summary>
internal static class SeriesWorkspace
{
    public const string Definition = """
        order: 2
        name: { sq: "Mekanizmi", sr: "Mehanizam", en: "Mechanism" }
        plural: { sq: "Mekanizmat", sr: "Mehanizmi", en: "Mechanisms" }
        abbreviation: { sq: "M", sr: "M", en: "CM" }
        mandate: { sq: "Mandati.", sr: "Mandat.", en: "The mandate." }
        legal_basis: { sq: "Ligji.", sr: "Zakon.", en: "The law." }
        mandatory:
          where: threshold
          threshold: 10
        people:
          label: { sq: "Anëtarët", sr: "Članovi", en: "Members" }
          representation: true
        indicators:
          - key: meets
            label: { sq: "Mblidhet", sr: "Sastaje se", en: "Meets" }
        duties:
          - key: advice
            label: { sq: "Këshilla", sr: "Saveti", en: "Advice" }
          - key: outreach
            label: { sq: "Terren", sr: "Teren", en: "Outreach" }
        sections: [establishment, functioning, people, representation, duties]

        """;

    public const string CommunitiesLiving = """
        municipality,community,share,from,until
        gjakove,albanian,90,,
        gjakove,turkish,10,,
        ferizaj,albanian,95,,
        ferizaj,serbian,4.9,,
        mitrovice-south,albanian,80,,
        mitrovice-south,serbian,12,,
        mitrovice-south,turkish,8,,
        mamushe,albanian,7,,
        mamushe,turkish,93,,
        junik,albanian,100,,
        zvecan,serbian,90,,
        zvecan,albanian,9.99,,
        leposaviq,serbian,80,,
        leposaviq,albanian,20,2011,2018
        leposaviq,albanian,0,2019,

        """;

    public const string Municipalities = """
        municipality,status,meets,advice,outreach
        gjakove,yes,yes,yes,n/a
        ferizaj,yes,no,no,yes
        mitrovice-south,vacant,,,
        mamushe,dissolved,,,
        junik,no,,,
        zvecan,yes,yes,yes,yes
        leposaviq,no,,,

        """;

    public const string People = """
        municipality,community,gender
        gjakove,albanian,female
        gjakove,albanian,male
        ferizaj,albanian,male
        ferizaj,serbian,female
        zvecan,serbian,male

        """;

    public const string Notes = """
        exclusions:
          - municipality: gjakove
            duties: [outreach]
            reason: { sq: "Arsyeja", sr: "Razlog", en: "The reason" }
        notes:
          - section: establishment
            municipality: mitrovice-south
            text: { sq: "Posti është i lirë.", sr: "Mesto je upražnjeno.", en: "The post is vacant." }

        """;

    /// <summary>A copy of the valid fixture with the "cm" mechanism defined and its 2019 folder written.</summary>
    public static DataWorkspace Create() =>
        DataWorkspace.CopyOf()
            .Write("mechanisms/cm.yaml", Definition)
            .Write("communities-living.csv", CommunitiesLiving)
            .Write("2019/cm/municipalities.csv", Municipalities)
            .Write("2019/cm/people.csv", People)
            .Write("2019/cm/notes.yaml", Notes);
}
