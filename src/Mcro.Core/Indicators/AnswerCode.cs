using Mcro.Model;

namespace Mcro.Indicators;

/// <summary>An answer written as in offices.csv, so outputs read like the data team's own files.</summary>
public static class AnswerCode
{
    public static string Of(Answer answer) => answer switch
    {
        Answer.Yes => "yes",
        Answer.No => "no",
        Answer.NotApplicable => "n/a",
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "unknown answer"),
    };
}
