using Mcro.Model;

namespace Mcro.Indicators;

/// <summary>Computes every figure of one year's sheet from the dataset (pure; no I/O).</summary>
public static class IndicatorCalculator
{
    /// <summary>The dataset must be valid (see DatasetValidator) and hold the year; a missing year is the caller's bug.</summary>
    /// <summary>The figures of every year of the dataset, each computed once.</summary>
    public static IReadOnlyDictionary<int, YearIndicators> ComputeEveryYear(Dataset dataset) =>
        dataset.Years.Keys.AsParallel().AsOrdered().Select(year => Compute(dataset, year)).ToDictionary(f => f.Year);

    public static YearIndicators Compute(Dataset dataset, int year)
    {
        if (!dataset.Years.TryGetValue(year, out var data))
            throw new ArgumentOutOfRangeException(nameof(year), year, $"the dataset has no data for {year}; load that year first");
        var municipalities = dataset.Municipalities;
        var officeTasks = OfficeTasks.Of(dataset.Tasks, data);
        return new YearIndicators(
            year,
            EstablishmentIndicators.Municipalities(municipalities),
            EstablishmentIndicators.Offices(municipalities, year),
            EstablishmentIndicators.FirstEstablished(municipalities, year),
            EstablishmentIndicators.SimilarOffices(municipalities, year),
            ReportingIndicators.WorkPlans(data.Offices),
            ReportingIndicators.AnnualReports(data.Offices),
            StaffIndicators.Of(dataset.Communities, data.Staff),
            TaskIndicators.Of(dataset.Tasks, officeTasks),
            TasksPerformedIndicators.Of(dataset.Tasks.Length, officeTasks),
            OfficeIndicators.Of(dataset, data));
    }
}
