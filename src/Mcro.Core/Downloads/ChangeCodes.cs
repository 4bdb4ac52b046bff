using System.Globalization;
using Mcro.Indicators.Change;

namespace Mcro.Downloads;

/// <summary>How the change figures are written in the downloads: stable codes, and numbers rounded to the same bytes everywhere.</summary>
public static class ChangeCodes
{
    public static string Basis(ChangeBasis basis) => basis switch
    {
        ChangeBasis.Share => "share",
        ChangeBasis.Mean => "mean",
        _ => "count",
    };

    /// <summary>Four decimals: enough for a share of a few dozen offices, and no floating-point noise in the files.</summary>
    public static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    public static string Invariant(double value) => Round(value).ToString("0.####", CultureInfo.InvariantCulture);
}
