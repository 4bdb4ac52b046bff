using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Mcro.Workbook;

/// <summary>
/// A cell's value as the text a CSV cell would hold: strings as typed, a formula's saved value, TRUE/FALSE as yes/no
/// (what a person who typed them into an answer column meant), numbers written the invariant way. A date, an error or a
/// formula without a saved value has no such text: the reason is given instead.
/// </summary>
public static class CellText
{
    public sealed record Read(string? Text, string? Refusal);

    public static Read Of(Cell cell, IReadOnlyList<string> sharedStrings, Func<uint, bool> isDateStyle)
    {
        var type = cell.DataType?.Value;
        var raw = cell.CellValue?.Text;
        if (type == CellValues.InlineString) return new(cell.InlineString?.InnerText ?? "", null);
        if (raw is null)
            return cell.CellFormula is not null
                ? new(null, "the formula has no saved value; open the workbook in a spreadsheet application and save it again")
                : new("", null);
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < sharedStrings.Count
                ? new(sharedStrings[i], null) : new(null, "the cell refers to a text the workbook does not hold; the file is damaged");
        if (type == CellValues.String) return new(raw, null);
        if (type == CellValues.Boolean) return new(raw.Trim() is "1" or "true" ? "yes" : "no", null);
        if (type == CellValues.Error) return new(null, $"the cell shows the error {raw}; type the value itself");
        if (type == CellValues.Date) return new(null, $"the cell holds a date ({raw}); this column takes a word from its list, not a date");
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return new(null, $"the cell holds '{raw}', which is not a number although the workbook says it is one; the file is damaged");
        if (cell.StyleIndex?.Value is { } style && isDateStyle(style))
            return new(null, $"the cell holds a date ({DateText(number)}); this column takes a word from its list, not a date: format the cell as text and type the value");
        return new(number.ToString("R", CultureInfo.InvariantCulture), null);
    }

    private static string DateText(double serial) =>
        serial is > 0 and < 2958466 ? DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : serial.ToString(CultureInfo.InvariantCulture);
}
