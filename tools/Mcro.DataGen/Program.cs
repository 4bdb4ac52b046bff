using System.Globalization;
using Mcro.DataGen;

// mcro-datagen --years N --municipalities M [--seed S] [--first-year Y] [--mechanisms K] [--from data] --out DIR
var values = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2)
    values[args[i]] = args[i + 1];
if (args.Length % 2 != 0 || !values.ContainsKey("--out") || values.Keys.Any(k => k is not ("--years" or "--municipalities" or "--seed" or "--first-year" or "--mechanisms" or "--from" or "--out")))
{
    Console.Error.WriteLine("usage: mcro-datagen --years N --municipalities M [--seed S] [--first-year 2000] [--mechanisms 1] [--from data] --out DIR");
    return 1;
}
int Number(string name, int fallback) =>
    values.TryGetValue(name, out var text) ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;

var options = new GeneratorOptions(Number("--years", 2), Number("--municipalities", 38), Number("--seed", 1), Number("--first-year", 2000), Number("--mechanisms", 1));
if (options.Problem() is { } problem)
{
    Console.Error.WriteLine(problem);
    return 1;
}
try
{
    var files = DatasetGenerator.Generate(options, ReferenceData.From(values.GetValueOrDefault("--from", "data")));
    DatasetGenerator.Write(files, values["--out"]);
    Console.WriteLine($"{options.Years} year(s) × {options.Municipalities} municipalities × {options.Mechanisms} mechanism(s) (seed {options.Seed}): {files.Count} files → {values["--out"]}");
    return 0;
}
catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
