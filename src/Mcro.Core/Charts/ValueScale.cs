namespace Mcro.Charts;

/// <summary>How many pixels one counted office takes along a bar or a column, the same for every bar of a chart.</summary>
internal sealed record ValueScale(float PixelsPerUnit)
{
    private const float MinimumBar = 2;

    /// <summary>Exact length, for stacked segments: their sum must be the stack's total.</summary>
    public float Length(int value) => value * PixelsPerUnit;

    /// <summary>A lone bar's length; a count above zero never shrinks below a visible sliver.</summary>
    public float Visible(int value) => value == 0 ? 0 : Math.Max(MinimumBar, value * PixelsPerUnit);
}
