using Mcro.Model;

namespace Mcro.Indicators;

/// <summary>Computes every figure of one year's sheet from the dataset (pure; no I/O).</summary>
public static class IndicatorCalculator
{
    /// <summary>The figures of every year of the dataset, each computed once.</summary>
    public static IReadOnlyDictionary<int, YearIndicators> ComputeEveryYear(Dataset dataset) =>
        dataset.Years.Keys.AsParallel().AsOrdered().Select(year => Compute(dataset, year)).ToDictionary(f => f.Year);

    /// <summary>The dataset must be valid (see DatasetValidator) and hold the year; a missing year is the caller's bug.</summary>
    public static YearIndicators Compute(Dataset dataset, int year)
    {
        if (!dataset.Years.TryGetValue(year, out var data))
            throw new ArgumentOutOfRangeException(nameof(year), year, $"the dataset has no data for {year}; load that year first");
        var municipalities = dataset.Municipalities;
        var offices = OfficeIndicators.Of(dataset, data);
        return new YearIndicators(
            year,
            EstablishmentIndicators.Municipalities(municipalities),
            EstablishmentIndicators.Offices(municipalities, year),
            EstablishmentIndicators.FirstEstablished(municipalities, year),
            EstablishmentIndicators.SimilarOffices(municipalities, year),
            ReportingIndicators.WorkPlans(data.Offices),
            ReportingIndicators.AnnualReports(data.Offices),
            StaffIndicators.Of(dataset.Communities, data.Staff),
            TaskIndicators.Of(dataset.Tasks, offices),
            TasksPerformedIndicators.Of(dataset.Tasks.Length, offices),
            offices);
    }
}
