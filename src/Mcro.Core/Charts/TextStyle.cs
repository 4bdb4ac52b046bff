namespace Mcro.Charts;

/// <summary>How one kind of chart text is set (a title, a category label, a value…): size, line height, weight, colour.</summary>
internal sealed record TextStyle(float Size, float LineHeight, bool Bold, string Color)
{
    public TextItem Line(string text, float x, float y, TextAnchor anchor, TextBaseline baseline, float rotation = 0) =>
        new(text, x, y, anchor, baseline, Size, Bold, Color, rotation);

    public float Width(string text) => TextMeasure.Width(text, Size, Bold);

    public IReadOnlyList<string> Wrap(string text, float maxWidth) => TextMeasure.Wrap(text, Size, maxWidth, Bold);
}
