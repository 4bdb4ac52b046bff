using System.Collections.Immutable;

namespace Mcro.Model;

/// <summary>One MOCR's row of offices.csv for a year: its reporting and its answer per core task.</summary>
public sealed record OfficeReport(
    string Municipality,
    Answer WorkPlan,
    Answer AnnualReport,
    ImmutableDictionary<string, Answer> Tasks,
    SourceRow Source)
{
    public Answer TaskAnswer(string taskKey) => Tasks.TryGetValue(taskKey, out var a) ? a : Answer.No;
}
