using System.Text;

namespace Mcro.Cli.Output;

/// <summary>A plain-text table with aligned columns: text left, numbers right, two spaces between.</summary>
public sealed class TextTable
{
    private readonly string[] _headers;
    private readonly bool[] _rightAligned;
    private readonly List<string[]> _rows = [];

    /// <param name="columns">Header and alignment of each column; the first column is the row label.</param>
    public TextTable(params (string Header, bool RightAligned)[] columns)
    {
        _headers = [.. columns.Select(c => c.Header)];
        _rightAligned = [.. columns.Select(c => c.RightAligned)];
    }

    public TextTable Add(params string[] cells)
    {
        if (cells.Length != _headers.Length)
            throw new ArgumentException($"a row of this table has {_headers.Length} cells, not {cells.Length}", nameof(cells));
        _rows.Add(cells);
        return this;
    }

    public void WriteTo(StringBuilder text)
    {
        var widths = _headers.Select((h, i) => _rows.Select(r => r[i].Length).Prepend(h.Length).Max()).ToArray();
        foreach (var cells in _rows.Prepend(_headers))
        {
            var line = new StringBuilder();
            for (var i = 0; i < cells.Length; i++)
            {
                if (i > 0) line.Append("  ");
                line.Append(_rightAligned[i] ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
            }
            text.Append(line.ToString().TrimEnd()).Append('\n');
        }
    }
}
