namespace Mcro.Loading;

/// <summary>Comma or semicolon, whichever the header line uses outside quotes (locales here export ';').</summary>
public static class DelimiterDetector
{
    public static char Detect(string text)
    {
        int commas = 0, semicolons = 0;
        var inQuotes = false;
        foreach (var c in text)
        {
            if (c == '"') inQuotes = !inQuotes;
            else if (!inQuotes && (c == '\n' || c == '\r'))
            {
                if (commas + semicolons > 0) break;
            }
            else if (!inQuotes && c == ',') commas++;
            else if (!inQuotes && c == ';') semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }
}
