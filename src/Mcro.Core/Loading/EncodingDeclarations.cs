using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Mcro.Diagnostics;
using Mcro.Model;

namespace Mcro.Loading;

/// <summary>
/// config.yaml's <c>encoding: windows-1250</c> (every data table and notes file) and <c>encodings:</c> (one file each,
/// any file mcro reads but config.yaml), read with the position of every name mcro does not know.
/// </summary>
public static partial class EncodingDeclarations
{
    // The files mcro reads from a data folder, as messages name them.
    [GeneratedRegex(@"\A(?:(?:municipalities|communities|tasks)\.csv|(?:19|20)[0-9]{2}/(?:offices\.csv|staff\.csv|notes\.yaml)|i18n/(?:[a-z]{2,3}\.yaml|sr-Cyrl-keep\.txt))\z", RegexOptions.CultureInvariant)]
    private static partial Regex DataFile();

    [GeneratedRegex("[^0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex NotDigit();

    public static DataEncodings Load(YamlMapping config, DataFolder folder)
    {
        var bag = folder.Bag;
        var dataset = config["encoding"] is { } node ? Declared(node, "encoding", bag) : null;
        var perFile = ImmutableSortedDictionary.CreateBuilder<string, DeclaredEncoding>(StringComparer.Ordinal);
        if (config["encodings"] is { } files && YamlValues.Mapping(files, "encodings", files.Location, bag) is { } map)
        {
            foreach (var (key, value) in map.Entries)
            {
                if (!KnownFile(key, folder)) continue;
                if (Declared(value, $"encodings: {key.Value}", bag) is { } declared) perFile[key.Value] = declared;
            }
        }
        return new DataEncodings(dataset, perFile.ToImmutable());
    }

    /// <summary>How to read one file of the folder, and how a refusal of it tells to declare its encoding.</summary>
    public static TextDecoding Decoding(DataEncodings encodings, string relative, DiagnosticBag warnings) =>
        relative == "config.yaml" ? TextDecoding.Utf8Only : new(encodings.For(relative), HowToDeclare(relative), warnings);

    /// <summary>The file's own declaration first: a dataset-wide one would also turn the files still in UTF-8 into mojibake.</summary>
    private static Func<string, string> HowToDeclare(string relative) => name =>
        $"keep it and declare its encoding in config.yaml: 'encodings: {{{relative}: {name}}}'"
        + (DataEncodings.CoveredByDataset(relative) && name != "utf-16" ? $" (or 'encoding: {name}' when every data file is in it)" : "");

    private static DeclaredEncoding? Declared(YamlNode node, string what, DiagnosticBag bag)
    {
        if (YamlValues.Scalar(node, what, node.Location, bag) is not { } written) return null;
        if (TextEncodings.Accepted(written) is { } name) return new DeclaredEncoding(name, node.Location);
        bag.Add(node.Location, ProblemCode.ValueDomain,
            $"{what}: '{Printable.Quote(written)}' is not an encoding mcro reads{DidYouMean(written)} (known: {string.Join(", ", TextEncodings.Names)})");
        return null;
    }

    /// <summary>"cp1250" and "iso8859-2" name a known code page by its number; else the nearest spelling.</summary>
    private static string DidYouMean(string written)
    {
        var digits = NotDigit().Replace(written, "");
        var byNumber = digits.Length == 0 ? null : TextEncodings.Names.FirstOrDefault(n => NotDigit().Replace(n, "") == digits);
        return byNumber is not null ? $"; did you mean '{byNumber}'?" : Suggestions.DidYouMean(written, TextEncodings.Names);
    }

    private static bool KnownFile(YamlScalar key, DataFolder folder)
    {
        var file = key.Value;
        if (file == "config.yaml")
        {
            folder.Bag.Add(key.Location, ProblemCode.ValueDomain, "encodings: config.yaml is always read as UTF-8 (it holds these declarations); re-save it as UTF-8");
            return false;
        }
        if (!DataFile().IsMatch(file))
        {
            folder.Bag.Add(key.Location, ProblemCode.ValueDomain,
                $"encodings: '{Printable.Quote(file)}' is not a file mcro reads; name it as in the data folder, with '/': municipalities.csv, communities.csv, tasks.csv, 2019/offices.csv, 2019/staff.csv, 2019/notes.yaml, i18n/sr.yaml");
            return false;
        }
        if (!folder.Exists(file))
        {
            folder.Bag.Add(key.Location, ProblemCode.ValueDomain, $"encodings: there is no file {folder.Display(file)}");
            return false;
        }
        return true;
    }
}
