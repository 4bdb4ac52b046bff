using System.Text.Json;
using Mcro.Indicators.Change;

namespace Mcro.Downloads;

/// <summary>The "change" member of the yearly contract object: each headline figure beside the year before (docs/indicators-contract.md).</summary>
internal static class ChangeJson
{
    public static void Write(Utf8JsonWriter json, YearChange? change)
    {
        if (change is null)
        {
            json.WriteNull("change");
            return;
        }
        json.WriteStartObject("change");
        json.WriteNumber("previousYear", change.PreviousYear);
        json.WriteStartArray("figures");
        foreach (var figure in change.Figures) WriteFigure(json, figure);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter json, FigureChange f)
    {
        json.WriteStartObject();
        json.WriteString("figure", f.Current.Figure.Key);
        if (f.Current.Task.Length > 0) json.WriteString("task", f.Current.Task);
        else json.WriteNull("task");
        json.WriteString("basis", ChangeCodes.Basis(f.Basis));
        json.WriteBoolean("baseDiffers", f.BaseDiffers);
        json.WriteNumber("value", ChangeCodes.Round(f.Current.Value));
        json.WriteNumber("previousValue", ChangeCodes.Round(f.Previous.Value));
        Nullable(json, "base", f.Current.Base);
        Nullable(json, "previousBase", f.Previous.Base);
        Nullable(json, "share", f.Current.Share);
        Nullable(json, "previousShare", f.Previous.Share);
        json.WriteNumber("difference", ChangeCodes.Round(f.Difference));
        json.WriteNumber("displayedDifference", (double)f.DisplayedDifference);
        json.WriteNumber("displayedValue", (double)f.DisplayedCurrent);
        json.WriteNumber("displayedPreviousValue", (double)f.DisplayedPrevious);
        json.WriteEndObject();
    }

    private static void Nullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v) json.WriteNumber(name, ChangeCodes.Round(v));
        else json.WriteNull(name);
    }
}
