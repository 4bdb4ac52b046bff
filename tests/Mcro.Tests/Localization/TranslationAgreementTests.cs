using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mcro.Tests.Localization;

/// <summary>
/// `mcro i18n status` and `mcro validate` compare the languages' i18n files the same way: a key one language has and
/// another lacks is reported by both, at the same file and line, whichever language is the default.
/// </summary>
public sealed partial class TranslationAgreementTests
{
    public static TheoryData<string, string, string> DefaultMissingFromAndKey()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var defaultLanguage in Languages)
            foreach (var missingFrom in Languages)
                foreach (var key in new[] { "labels.answer_no", "descriptions.performed" })
                    data.Add(defaultLanguage, missingFrom, key);
        return data;
    }

    private static readonly string[] Languages = ["sq", "sr", "en"];

    [Theory]
    [MemberData(nameof(DefaultMissingFromAndKey))]
    public void A_key_missing_from_one_language_is_reported_by_both_whichever_language_is_the_default(string defaultLanguage, string missingFrom, string key)
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("config.yaml", "default_language: sq", $"default_language: {defaultLanguage}");
        // A nested text is one line; a plural text is its key and the forms indented below it.
        ws.Write($"i18n/{missingFrom}.yaml", WithoutBlock(ws.Read($"i18n/{missingFrom}.yaml"), key == "descriptions.performed" ? "descriptions.performed:" : "  answer_no:"));

        var (validate, status) = Both(ws.Root);

        var expected = $"{ws.PathOf($"i18n/{missingFrom}.yaml")}:1 {missingFrom} {key}";
        Assert.Contains(expected, validate);
        Assert.Contains(expected, status);
        Assert.Equal(validate, status);
    }

    [Theory]
    [InlineData("sq", "sr")]
    [InlineData("sq", "en")]
    [InlineData("sr", "en")]
    [InlineData("en", "sq")]
    [InlineData("en", "sr")]
    [InlineData("sr", "sq")]
    public void A_key_only_a_language_that_is_not_the_default_has_is_missing_from_every_other_for_both(string defaultLanguage, string onlyIn)
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("config.yaml", "default_language: sq", $"default_language: {defaultLanguage}");
        var file = $"i18n/{onlyIn}.yaml";
        ws.Write(file, ws.Read(file).Replace("\n  answer_no:", "\n  only_here:\n    deeper: \"x\"\n  answer_no:", StringComparison.Ordinal));

        var (validate, status) = Both(ws.Root);

        foreach (var other in Languages.Where(l => l != onlyIn))
        {
            var expected = $"{ws.PathOf($"i18n/{other}.yaml")}:1 {other} labels.only_here.deeper";
            Assert.Contains(expected, validate);
            Assert.Contains(expected, status);
        }
        Assert.Equal(validate, status);
    }

    [Fact]
    public void The_text_of_status_names_the_missing_key_as_validate_does()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("i18n/sq.yaml", WithoutBlock(ws.Read("i18n/sq.yaml"), "  answer_no:"));

        var status = CliRun.Of("i18n", "status", "--data", ws.Root);
        var validate = CliRun.Of("validate", "--data", ws.Root);

        var line = $"{ws.PathOf("i18n/sq.yaml")}:1:1: key 'labels.answer_no' is missing in 'sq' (it is in {ws.PathOf("i18n/en.yaml")}:7:14)";
        Assert.Contains(line, status.OutputLines);
        Assert.Contains(line, validate.OutputLines);
        Assert.Equal(1, status.ExitCode);
        Assert.Equal(1, validate.ExitCode);
    }

    /// <summary>Each command's "missing" problems as "file:line language key", in order.</summary>
    private static (List<string> Validate, List<string> Status) Both(string data)
    {
        var validate = JsonDocument.Parse(CliRun.Of("validate", "--data", data, "--format", "json").Output).RootElement
            .GetProperty("problems").EnumerateArray()
            .Select(p => (p, m: MissingMessage().Match(p.GetProperty("message").GetString()!)))
            .Where(x => x.m.Success)
            .Select(x => $"{x.p.GetProperty("file").GetString()}:{x.p.GetProperty("line").GetInt32()} {x.m.Groups[2].Value} {x.m.Groups[1].Value}");
        var status = JsonDocument.Parse(CliRun.Of("i18n", "status", "--data", data, "--format", "json").Output).RootElement
            .GetProperty("texts").EnumerateArray()
            .Where(t => t.GetProperty("kind").GetString() == "missing")
            .Select(t => $"{t.GetProperty("file").GetString()}:{t.GetProperty("line").GetInt32()} {t.GetProperty("language").GetString()} {t.GetProperty("key").GetString()}");
        return (validate.Order(StringComparer.Ordinal).ToList(), status.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>The text without the line that starts with <paramref name="start"/> and the lines indented below it.</summary>
    private static string WithoutBlock(string text, string start)
    {
        var lines = text.Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith(start, StringComparison.Ordinal));
        Assert.True(at >= 0, start);
        var indent = start.Length - start.TrimStart().Length;
        var end = at + 1;
        while (end < lines.Count && lines[end].Length - lines[end].TrimStart().Length > indent) end++;
        lines.RemoveRange(at, end - at);
        return string.Join('\n', lines);
    }

    [GeneratedRegex("key '([^']+)' is missing in '([^']+)'")]
    private static partial Regex MissingMessage();
}
