namespace Mcro.Tests.Loading;

/// <summary>config.yaml's encoding and encodings: a name mcro does not read, or a file it does not, is a problem at its position.</summary>
public sealed class EncodingDeclarationTests
{
    private const string Known = "(known: windows-1250, windows-1251, windows-1252, iso-8859-1, iso-8859-2, iso-8859-5, iso-8859-15, utf-8, utf-16)";

    private static IReadOnlyList<string> ProblemsDeclaring(string declaration)
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("config.yaml", "cyrillic_edition: true", "cyrillic_edition: true\n" + declaration);
        return ws.Problems();
    }

    [Theory]
    [InlineData("encoding: windows-1250")]
    [InlineData("encoding: WINDOWS-1251")]
    [InlineData("encoding: utf-8")]
    [InlineData("encodings: {2019/offices.csv: iso-8859-2, i18n/sr.yaml: utf-8, 2018/staff.csv: iso-8859-5}")]
    public void A_known_encoding_for_ascii_or_utf_8_files_changes_nothing(string declaration) =>
        // The fixture's ASCII files read the same in every code page; i18n/ is not reached by 'encoding'.
        Assert.DoesNotContain(ProblemsDeclaring(declaration), p => p.StartsWith("data/config.yaml", StringComparison.Ordinal));

    [Fact]
    public void An_unknown_encoding_is_refused_at_its_value_with_the_known_names() =>
        Assert.Equal([$"data/config.yaml:6:11: encoding: 'latin-2' is not an encoding mcro reads {Known}"], ProblemsDeclaring("encoding: latin-2"));

    [Theory]
    [InlineData("cp1250", "windows-1250")]
    [InlineData("iso8859-2", "iso-8859-2")]
    [InlineData("utf8", "utf-8")]
    [InlineData("windows-1205", "windows-1250")]
    public void A_misspelt_encoding_suggests_the_one_meant(string written, string meant) =>
        Assert.Equal([$"data/config.yaml:6:11: encoding: '{written}' is not an encoding mcro reads; did you mean '{meant}'? {Known}"], ProblemsDeclaring($"encoding: {written}"));

    [Fact]
    public void An_unknown_encoding_for_one_file_is_refused_at_its_value() =>
        Assert.Equal(
            [$"data/config.yaml:7:21: encodings: 2019/offices.csv: 'ebcdic' is not an encoding mcro reads {Known}"],
            ProblemsDeclaring("encodings:\n  2019/offices.csv: ebcdic"));

    [Theory]
    [InlineData("2019/office.csv")]
    [InlineData("data/2019/offices.csv")]
    [InlineData("2019\\offices.csv")]
    [InlineData("README.md")]
    public void A_file_mcro_does_not_read_is_refused_at_its_key(string file) =>
        Assert.Equal(
            [$"data/config.yaml:7:3: encodings: '{file}' is not a file mcro reads; name it as in the data folder, with '/': municipalities.csv, communities.csv, tasks.csv, 2019/offices.csv, 2019/staff.csv, 2019/notes.yaml, i18n/sr.yaml"],
            ProblemsDeclaring($"encodings:\n  {file}: windows-1250"));

    [Fact]
    public void A_data_file_that_is_not_there_is_refused_at_its_key() =>
        Assert.Equal(["data/config.yaml:7:3: encodings: there is no file data/2017/offices.csv"], ProblemsDeclaring("encodings:\n  2017/offices.csv: windows-1250"));

    [Fact]
    public void Config_yaml_cannot_be_declared() =>
        Assert.Equal(
            ["data/config.yaml:7:3: encodings: config.yaml is always read as UTF-8 (it holds these declarations); re-save it as UTF-8"],
            ProblemsDeclaring("encodings:\n  config.yaml: windows-1250"));

    [Fact]
    public void Encodings_must_be_a_mapping() =>
        Assert.Equal(["data/config.yaml:6:12: encodings must be a mapping of 'key: value' lines"], ProblemsDeclaring("encodings: [windows-1250]"));

    [Fact]
    public void Encoding_must_be_one_name() =>
        Assert.Equal(["data/config.yaml:6:11: encoding must be a single value"], ProblemsDeclaring("encoding: [windows-1250, utf-8]"));
}
