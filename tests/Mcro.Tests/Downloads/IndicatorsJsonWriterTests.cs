using System.Text.Json;
using Mcro.Downloads;
using Mcro.Indicators;
using Mcro.Model;
using Mcro.Tests.Indicators;

namespace Mcro.Tests.Downloads;

public class IndicatorsJsonWriterTests
{
    private static YearIndicators Small() => IndicatorCalculator.Compute(new TestDataset()
        .Municipality("decan", 2011)
        .Municipality("junik", 2013)
        .Municipality("leposaviq", null, similarOffice: true)
        .Municipality("later", 2020)
        .Office(2019, "junik", "--------", workPlan: true, annualReport: true)
        .Office(2019, "decan", "yynnnnny", workPlan: true, annualReport: false)
        .ExcludeFromAll(2019, "junik")
        .Staff(2019, "decan", "egyptian", Gender.Female)
        .Staff(2019, "decan", "albanian", Gender.Male, Position.Head)
        .Build(), 2019);

    [Fact]
    public void Writes_the_contract_keys_in_order_with_codes_numbers_and_two_space_indentation()
    {
        const string expected = """
            {
              "year": 2019,
              "municipalities": 4,
              "offices": 2,
              "firstEstablished": 2011,
              "similarOffices": [
                "leposaviq"
              ],
              "workPlans": {
                "yes": 2,
                "no": 0
              },
              "annualReports": {
                "yes": 1,
                "no": 1
              },
              "staff": {
                "total": 2,
                "female": 1,
                "male": 1,
                "byCommunity": [
                  {
                    "community": "albanian",
                    "female": 0,
                    "male": 1,
                    "total": 1
                  },
                  {
                    "community": "egyptian",
                    "female": 1,
                    "male": 0,
                    "total": 1
                  }
                ]
              },
              "tasks": [
            TASKS
              ],
              "tasksPerformed": {
                "distribution": [
                  0,
                  0,
                  0,
                  1,
                  0,
                  0,
                  0,
                  0,
                  0
                ],
                "excluded": [
                  "junik"
                ]
              },
              "perOffice": [
                {
                  "municipality": "decan",
                  "workPlan": "yes",
                  "annualReport": "no",
                  "tasksPerformed": 3,
                  "staff": {
                    "total": 2,
                    "female": 1,
                    "male": 1,
                    "byCommunity": [
                      {
                        "community": "albanian",
                        "female": 0,
                        "male": 1,
                        "total": 1
                      },
                      {
                        "community": "egyptian",
                        "female": 1,
                        "male": 0,
                        "total": 1
                      }
                    ]
                  },
                  "taskAnswers": {
                    "contacts": "yes",
                    "assessment": "yes",
                    "coordination": "no",
                    "projects": "no",
                    "participation": "no",
                    "policy_monitoring": "no",
                    "advice": "no",
                    "public_information": "yes"
                  },
                  "excludedTasks": []
                },
                {
                  "municipality": "junik",
                  "workPlan": "yes",
                  "annualReport": "yes",
                  "tasksPerformed": 0,
                  "staff": {
                    "total": 0,
                    "female": 0,
                    "male": 0,
                    "byCommunity": []
                  },
                  "taskAnswers": {
                    "contacts": "n/a",
                    "assessment": "n/a",
                    "coordination": "n/a",
                    "projects": "n/a",
                    "participation": "n/a",
                    "policy_monitoring": "n/a",
                    "advice": "n/a",
                    "public_information": "n/a"
                  },
                  "excludedTasks": [
                    "contacts",
                    "assessment",
                    "coordination",
                    "projects",
                    "participation",
                    "policy_monitoring",
                    "advice",
                    "public_information"
                  ]
                }
              ],
              "change": null
            }

            """;
        var performedByDecan = new HashSet<string> { "contacts", "assessment", "public_information" };
        var tasks = string.Join(",\n", TestDataset.TaskKeys.Select(key => $$"""
                {
                  "task": "{{key}}",
                  "performed": {{(performedByDecan.Contains(key) ? 1 : 0)}},
                  "notPerformed": {{(performedByDecan.Contains(key) ? 0 : 1)}},
                  "excluded": [
                    "junik"
                  ]
                }
            """));

        Assert.Equal(expected.Replace("TASKS", tasks), IndicatorsJsonWriter.Write(Small()));
    }

    [Fact]
    public void Output_has_unix_line_ends_and_exactly_one_trailing_newline()
    {
        var json = IndicatorsJsonWriter.Write(Small());

        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("}\n", json);
        Assert.False(json.EndsWith("\n\n", StringComparison.Ordinal));
    }

    [Fact]
    public void A_year_before_any_mocr_writes_first_established_as_null_and_an_all_zero_distribution()
    {
        var figures = IndicatorCalculator.Compute(new TestDataset().Municipality("decan", 2011).EmptyYear(2009).Build(), 2009);

        using var json = JsonDocument.Parse(IndicatorsJsonWriter.Write(figures));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("firstEstablished").ValueKind);
        Assert.Equal(0, json.RootElement.GetProperty("offices").GetInt32());
        Assert.Equal(new int[9], json.RootElement.GetProperty("tasksPerformed").GetProperty("distribution").EnumerateArray().Select(e => e.GetInt32()));
    }
}
