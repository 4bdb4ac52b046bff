using Mcro.Downloads;
using Mcro.Indicators.Mechanisms;

namespace Mcro.Tests.Mechanisms;

/// <summary>The bytes of a mechanism's indicators.json and indicators.csv (the contract of `mcro indicators --mechanism`).</summary>
public sealed class MechanismWriterTests
{
    private static MechanismFigures Figures()
    {
        using var ws = SeriesWorkspace.Create();
        return MechanismCalculator.Series(ws.Validate().Value!)["cm"][2019];
    }

    [Fact]
    public void Json_of_a_year()
    {
        // Mandatory at exactly 10 % (gjakove), the vacant post counted as established and left out of the answers, the
        // n/a counted as excluded, the people and the communities they leave out.
        Assert.Equal(
            """
            {
              "mechanism": "cm",
              "year": 2019,
              "establishment": {
                "municipalities": 7,
                "established": 4,
                "mandatory": 2,
                "establishedMandatory": 2,
                "establishedOptional": 2,
                "working": 3,
                "vacant": 1,
                "dissolved": 1
              },
              "indicators": {
                "meets": {
                  "yes": 2,
                  "no": 1
                }
              },
              "people": {
                "total": 5,
                "women": 2,
                "men": 3,
                "byCommunity": {
                  "albanian": {
                    "women": 1,
                    "men": 2
                  },
                  "serbian": {
                    "women": 1,
                    "men": 1
                  }
                }
              },
              "notRepresented": {
                "albanian": 1,
                "turkish": 1
              },
              "duties": {
                "advice": {
                  "yes": 2,
                  "no": 1,
                  "excluded": 0
                },
                "outreach": {
                  "yes": 2,
                  "no": 0,
                  "excluded": 1
                }
              },
              "municipalities": [
                {
                  "municipality": "gjakove",
                  "status": "yes",
                  "mandatory": true,
                  "indicators": {
                    "meets": "yes"
                  },
                  "duties": {
                    "advice": "yes",
                    "outreach": "n/a"
                  },
                  "people": 2,
                  "women": 1,
                  "men": 1,
                  "notRepresented": [
                    "turkish"
                  ]
                },
                {
                  "municipality": "ferizaj",
                  "status": "yes",
                  "mandatory": false,
                  "indicators": {
                    "meets": "no"
                  },
                  "duties": {
                    "advice": "no",
                    "outreach": "yes"
                  },
                  "people": 2,
                  "women": 1,
                  "men": 1,
                  "notRepresented": []
                },
                {
                  "municipality": "mitrovice-south",
                  "status": "vacant",
                  "mandatory": true,
                  "indicators": {},
                  "duties": {},
                  "people": 0,
                  "women": 0,
                  "men": 0,
                  "notRepresented": []
                },
                {
                  "municipality": "mamushe",
                  "status": "dissolved",
                  "mandatory": false,
                  "indicators": {},
                  "duties": {},
                  "people": 0,
                  "women": 0,
                  "men": 0,
                  "notRepresented": []
                },
                {
                  "municipality": "junik",
                  "status": "no",
                  "mandatory": false,
                  "indicators": {},
                  "duties": {},
                  "people": 0,
                  "women": 0,
                  "men": 0,
                  "notRepresented": []
                },
                {
                  "municipality": "zvecan",
                  "status": "yes",
                  "mandatory": false,
                  "indicators": {
                    "meets": "yes"
                  },
                  "duties": {
                    "advice": "yes",
                    "outreach": "yes"
                  },
                  "people": 1,
                  "women": 0,
                  "men": 1,
                  "notRepresented": [
                    "albanian"
                  ]
                },
                {
                  "municipality": "leposaviq",
                  "status": "no",
                  "mandatory": false,
                  "indicators": {},
                  "duties": {},
                  "people": 0,
                  "women": 0,
                  "men": 0,
                  "notRepresented": []
                }
              ]
            }
            """ + "\n",
            MechanismJsonWriter.Write(Figures()));
    }

    [Fact]
    public void Csv_of_a_year()
    {
        Assert.Equal(
            """
            mechanism,year,figure,municipality,community,value
            cm,2019,establishment.municipalities,,,7
            cm,2019,establishment.established,,,4
            cm,2019,establishment.mandatory,,,2
            cm,2019,establishment.establishedMandatory,,,2
            cm,2019,establishment.establishedOptional,,,2
            cm,2019,establishment.working,,,3
            cm,2019,establishment.vacant,,,1
            cm,2019,establishment.dissolved,,,1
            cm,2019,indicators.meets.yes,,,2
            cm,2019,indicators.meets.no,,,1
            cm,2019,people.total,,,5
            cm,2019,people.women,,,2
            cm,2019,people.men,,,3
            cm,2019,people.women,,albanian,1
            cm,2019,people.men,,albanian,2
            cm,2019,people.women,,serbian,1
            cm,2019,people.men,,serbian,1
            cm,2019,notRepresented,,albanian,1
            cm,2019,notRepresented,,turkish,1
            cm,2019,duties.advice.yes,,,2
            cm,2019,duties.advice.no,,,1
            cm,2019,duties.advice.excluded,,,0
            cm,2019,duties.outreach.yes,,,2
            cm,2019,duties.outreach.no,,,0
            cm,2019,duties.outreach.excluded,,,1
            cm,2019,status,gjakove,,yes
            cm,2019,mandatory,gjakove,,yes
            cm,2019,indicators.meets,gjakove,,yes
            cm,2019,duties.advice,gjakove,,yes
            cm,2019,duties.outreach,gjakove,,n/a
            cm,2019,people.total,gjakove,,2
            cm,2019,people.women,gjakove,,1
            cm,2019,people.men,gjakove,,1
            cm,2019,notRepresented,gjakove,turkish,yes
            cm,2019,status,ferizaj,,yes
            cm,2019,mandatory,ferizaj,,no
            cm,2019,indicators.meets,ferizaj,,no
            cm,2019,duties.advice,ferizaj,,no
            cm,2019,duties.outreach,ferizaj,,yes
            cm,2019,people.total,ferizaj,,2
            cm,2019,people.women,ferizaj,,1
            cm,2019,people.men,ferizaj,,1
            cm,2019,status,mitrovice-south,,vacant
            cm,2019,mandatory,mitrovice-south,,yes
            cm,2019,status,mamushe,,dissolved
            cm,2019,mandatory,mamushe,,no
            cm,2019,status,junik,,no
            cm,2019,mandatory,junik,,no
            cm,2019,status,zvecan,,yes
            cm,2019,mandatory,zvecan,,no
            cm,2019,indicators.meets,zvecan,,yes
            cm,2019,duties.advice,zvecan,,yes
            cm,2019,duties.outreach,zvecan,,yes
            cm,2019,people.total,zvecan,,1
            cm,2019,people.women,zvecan,,0
            cm,2019,people.men,zvecan,,1
            cm,2019,notRepresented,zvecan,albanian,yes
            cm,2019,status,leposaviq,,no
            cm,2019,mandatory,leposaviq,,no
            """ + "\n",
            MechanismCsvWriter.Write(Figures()));
    }

    [Fact]
    public void Every_year_is_a_list_of_the_years_in_json_and_one_table_in_csv()
    {
        var figures = Figures();
        var json = MechanismJsonWriter.WriteEveryYear([figures, figures with { Year = 2020 }]);
        var csv = MechanismCsvWriter.WriteEveryYear([figures, figures with { Year = 2020 }]);

        Assert.StartsWith("[\n  {\n    \"mechanism\": \"cm\",\n    \"year\": 2019,", json, StringComparison.Ordinal);
        Assert.EndsWith("  }\n]\n", json, StringComparison.Ordinal);
        Assert.Contains("  },\n  {\n    \"mechanism\": \"cm\",\n    \"year\": 2020,", json, StringComparison.Ordinal);
        var single = MechanismCsvWriter.Write(figures);
        Assert.Equal(single + single[(MechanismCsvWriter.Header.Length + 1)..].Replace(",2019,", ",2020,", StringComparison.Ordinal), csv);
    }
}
