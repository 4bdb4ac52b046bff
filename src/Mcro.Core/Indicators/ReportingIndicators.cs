using System.Collections.Immutable;
using Mcro.Model;

namespace Mcro.Indicators;

/// <summary>The reporting charts: MOCRs with a work plan, MOCRs that submitted an annual report.</summary>
public static class ReportingIndicators
{
    public static YesNoCount WorkPlans(ImmutableArray<OfficeReport> offices) => Count(offices.Select(o => o.WorkPlan));

    public static YesNoCount AnnualReports(ImmutableArray<OfficeReport> offices) => Count(offices.Select(o => o.AnnualReport));

    private static YesNoCount Count(IEnumerable<Answer> answers)
    {
        int yes = 0, no = 0;
        foreach (var answer in answers)
        {
            if (answer == Answer.Yes) yes++;
            else no++;
        }
        return new YesNoCount(yes, no);
    }
}
