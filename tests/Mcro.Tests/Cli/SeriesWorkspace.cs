namespace Mcro.Tests.Cli;

/// <summary>
/// The test fixture with one more mechanism of the series, "xc", defined and filled in by the test itself (so the
/// figures asserted never follow the sample's): 2019 with every status and answer, 2018 with none established.
/// </summary>
internal static class SeriesWorkspace
{
    public const string Definition = """
        order: 2
        name: { sq: "Komiteti X", sr: "Komitet X", en: "X Committee" }
        plural: { sq: "Komitetet X", sr: "Komiteti X", en: "X Committees" }
        abbreviation: { sq: "KX", sr: "KX", en: "XC" }
        mandate: { sq: "Mandati i komitetit.", sr: "Mandat komiteta.", en: "The committee's mandate." }
        legal_basis: { sq: "Ligji.", sr: "Zakon.", en: "The law." }
        mandatory:
          where: everywhere
        people:
          label: { sq: "Anëtarët", sr: "Članovi", en: "Members" }
        indicators:
          - key: meets
            label: { sq: "Mblidhet", sr: "Sastaje se", en: "Meets" }
        duties:
          - key: advice
            label: { sq: "Këshillon", sr: "Savetuje", en: "Gives advice" }
        sections: [establishment, functioning, people, duties]

        """;

    public const string Municipalities2019 = """
        municipality,status,meets,advice
        gjakove,yes,yes,yes
        ferizaj,yes,no,no
        mitrovice-south,vacant,,
        mamushe,no,,
        junik,dissolved,,
        zvecan,yes,yes,no
        leposaviq,no,,

        """;

    public const string People2019 = "municipality,community,gender\ngjakove,albanian,female\ngjakove,serbian,male\nzvecan,serbian,female\n";

    public const string EmptyNotes = "exclusions: []\nnotes: []\n";

    public static DataWorkspace Create()
    {
        var ws = DataWorkspace.CopyOf();
        ws.Write("mechanisms/xc.yaml", Definition);
        ws.Write("2019/xc/municipalities.csv", Municipalities2019);
        ws.Write("2019/xc/people.csv", People2019);
        ws.Write("2019/xc/notes.yaml", EmptyNotes);
        ws.Write("2018/xc/municipalities.csv", "municipality,status,meets,advice\ngjakove,no,,\nferizaj,no,,\nmitrovice-south,no,,\nmamushe,no,,\njunik,no,,\nzvecan,no,,\nleposaviq,no,,\n");
        ws.Write("2018/xc/people.csv", "municipality,community,gender\n");
        ws.Write("2018/xc/notes.yaml", "# 2018\n" + EmptyNotes);
        return ws;
    }
}
