using CsCheck;
using Mcro.Diagnostics;
using Mcro.Loading;

namespace Mcro.Tests.Loading;

/// <summary>
/// Whatever bytes a file holds, the readers answer with problems that have a position, never with an exception:
/// a user must never see a stack trace. Inputs are random mixes of the characters that matter to each syntax.
/// </summary>
public sealed class MalformedInputTests
{
    private static readonly Gen<string> YamlText = Gen.Char["ab1 :-[]{}\"'\n\t#&*!|>,?%@`\\"].Array[0, 60].Select(c => new string(c));

    private static readonly Gen<string> CsvText = Gen.Char["ab1 ,;\"\r\n\t\u200B"].Array[0, 60].Select(c => new string(c));

    [Fact]
    public void Yaml_reader_never_throws_and_every_refusal_has_a_position()
    {
        YamlText.Sample(text =>
        {
            var bag = new DiagnosticBag();
            // No tree and no problem is an empty stream (blank, comments, directives only): an empty mapping to the caller.
            YamlTreeReader.Parse(text, "t.yaml", bag);
            var problems = bag.ToSortedList();
            Assert.All(problems, p => Assert.True(p.Location.Line >= 1 && p.Location.Column >= 1, p.ToString()));
        }, iter: 3000, threads: 1);
    }

    [Fact]
    public void Csv_reader_never_throws_and_every_problem_points_inside_the_file()
    {
        CsvText.Sample(text =>
        {
            var bag = new DiagnosticBag();
            var table = CsvTableReader.Parse(text, "t.csv", bag);
            var problems = bag.ToSortedList();
            var lines = text.ReplaceLineEndings("\n").Split('\n').Length;
            Assert.True(table is not null || problems.Count > 0, "no table and no problem");
            Assert.All(problems, p => Assert.True(p.Location.Line >= 1 && p.Location.Line <= lines && p.Location.Column >= 1, p.ToString()));
        }, iter: 3000, threads: 1);
    }

    [Fact]
    public void Decoder_returns_exactly_the_utf8_text_or_one_positioned_problem()
    {
        Gen.Byte.Array[0, 40].Sample(bytes =>
        {
            var bag = new DiagnosticBag();
            var text = TextFileDecoder.Decode(bytes, "t.csv", bag);
            var problems = bag.ToSortedList();
            if (text is null)
            {
                var problem = Assert.Single(problems);
                Assert.True(problem.Location.Line >= 1 && problem.Location.Column >= 1, problem.ToString());
            }
            else
            {
                Assert.Empty(problems);
                var body = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
                Assert.Equal(new System.Text.UTF8Encoding(false, true).GetString(body), text);
            }
        }, iter: 3000, threads: 1);
    }
}
