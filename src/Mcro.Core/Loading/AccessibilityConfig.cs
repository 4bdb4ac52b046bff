using System.Globalization;
using System.Text.RegularExpressions;
using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Loading;

/// <summary>
/// config.yaml's accessibility: block (contact, assessed), which the accessibility statement shows. The block is optional
/// (a dataset without it publishes no statement); once there, both keys must be, each checked where it is written.
/// </summary>
public static partial class AccessibilityConfig
{
    public const string Key = "accessibility";

    private static readonly string[] Keys = ["contact", "assessed"];

    [GeneratedRegex(@"^[^@\s<>""]+@[^@\s<>""]+\.[^@\s<>"".]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^https://[^\s<>""]+\.[^\s<>""]+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WebPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    /// <summary>The block of <paramref name="config"/> (config.yaml's top mapping), or null when it is not there or is wrong.</summary>
    public static AccessibilitySettings? Load(YamlMapping config, DiagnosticBag bag)
    {
        var entry = config.Entries.FirstOrDefault(e => e.Key.Value == Key);
        if (entry.Key is not { } key) return null;
        // A missing key is reported at "accessibility:", the block it belongs in.
        if (YamlValues.Mapping(entry.Value, Key, key.Location, bag) is not { } map) return null;
        YamlValues.RejectUnknownKeys(map, "config.yaml's " + Key, Keys, bag);
        var contact = Contact(map, key.Location, bag);
        var assessed = Assessed(map, key.Location, bag);
        return contact is null || assessed is null ? null : new AccessibilitySettings(contact, assessed.Value, key.Location);
    }

    private static string? Contact(YamlMapping map, SourceLocation block, DiagnosticBag bag)
    {
        const string what = Key + ".contact";
        if (YamlValues.Scalar(map["contact"], what + " (the e-mail address or https:// page where readers report a barrier)", block, bag) is not { } raw)
            return null;
        var place = map["contact"]!.Location;
        if (!CellReader.Visible(raw, place, what, bag)) return null;
        var contact = raw.Trim();
        if (EmailPattern().IsMatch(contact) || WebPattern().IsMatch(contact)) return contact;
        bag.Add(place, ProblemCode.ValueDomain,
            $"{what}: '{Printable.Quote(contact)}' is neither an e-mail address (name@example.org) nor an https:// address");
        return null;
    }

    private static DateOnly? Assessed(YamlMapping map, SourceLocation block, DiagnosticBag bag)
    {
        const string what = Key + ".assessed";
        if (YamlValues.Scalar(map["assessed"], what + " (the day of the last accessibility assessment, YYYY-MM-DD)", block, bag) is not { } raw)
            return null;
        var text = raw.Trim();
        if (DatePattern().IsMatch(text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        bag.Add(map["assessed"]!.Location, ProblemCode.ValueDomain, $"{what}: '{Printable.Quote(text)}' is not a day written YYYY-MM-DD, such as 2026-11-20");
        return null;
    }
}
