using Mcro.Build;
using System.Text;
using CsCheck;
using Mcro.Diagnostics;
using Mcro.Tests.Site;
using Mcro.Validation;

namespace Mcro.Tests.Robustness;

/// <summary>
/// Random bytes and random mutations of the valid fixture files, through the loaders, the validation and — when the
/// mutated data is still valid — the in-memory build. The only outcomes allowed: a dataset (and a site or template
/// problems) or positioned problems; never an exception, a hang or unbounded memory.
/// </summary>
public sealed class DatasetFuzzTests(Xunit.Abstractions.ITestOutputHelper log) : IDisposable
{
    private static readonly string[] Files =
    [
        "config.yaml", "municipalities.csv", "communities.csv", "tasks.csv", "i18n/en.yaml", "i18n/sr.yaml",
        "2018/offices.csv", "2018/staff.csv", "2018/notes.yaml", "2019/offices.csv", "2019/staff.csv", "2019/notes.yaml",
    ];

    /// <summary>What breaks these syntaxes and this domain: delimiters, quotes, YAML indicators, placeholders, bad bytes.</summary>
    private static readonly string[] Tokens =
    [
        "\"", ",", ";", "\n", "\r\n", "\r", "\t", " ", ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "!!binary ", "? ", "|", ">", "#",
        "---\n", "n/a", "yes", "no", "all", "head", "female", "{count}", "{year}", "{count", "{{", "}}", "{names}", "0", "-1",
        "99999999999", "2019", "\u200B", "\u202E", "<script>", "&amp;", "]]>", "ĐŽ", "\uFEFF", "\\", "%", "'",
    ];

    private static readonly Gen<(int File, int Op, double At, int Length, string Token)> Mutation =
        Gen.Select(Gen.Int[0, Files.Length - 1], Gen.Int[0, 5], Gen.Double[0, 1], Gen.Int[1, 40], Gen.OneOf(Tokens));

    /// <summary>A few seconds in CI; MCRO_FUZZ_ITERATIONS=5000 for a long hunt on a developer's machine.</summary>
    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("MCRO_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : 100;


    private readonly DataWorkspace _data = DataWorkspace.CopyOf("site");

    private Dictionary<string, byte[]>? _original;

    private Dictionary<string, byte[]> Original => _original ??= Files.ToDictionary(f => f, f => File.ReadAllBytes(_data.PathOf(f)));

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Mutated_files_load_as_a_dataset_or_as_positioned_problems_and_a_valid_one_builds_or_reports()
    {
        var validBuilt = 0;
        Mutation.Array[1, 4].Sample(mutations =>
        {
            Restore();
            var changed = new Dictionary<string, byte[]>();
            foreach (var (file, op, at, length, token) in mutations)
                changed[Files[file]] = Mutate(changed.GetValueOrDefault(Files[file]) ?? Original[Files[file]], op, at, length, token);
            foreach (var (file, bytes) in changed) Write(file, bytes);

            var input = string.Join("; ", mutations.Select(m => $"{Files[m.File]} op {m.Op} at {m.At:F3} len {m.Length} '{m.Token}'"));
            var built = Bounded.Run(() => LoadValidateBuild(), Bounded.HangAfter, 512L * 1024 * 1024, input);
            if (built) validBuilt++;
        }, iter: Iterations, threads: 1, print: m => string.Join("; ", m.Select(x => x.ToString())));
        Restore();
        log.WriteLine($"{validBuilt} of {Iterations} mutated datasets were still valid and built");
    }

    [Fact]
    public void A_file_of_random_bytes_is_a_positioned_problem_never_an_exception()
    {
        Gen.Select(Gen.Int[0, Files.Length - 1], Gen.Byte.Array[0, 300]).Sample((file, bytes) =>
        {
            Restore();
            Write(Files[file], bytes);
            Bounded.Run(() => LoadValidateBuild(), Bounded.HangAfter, 256L * 1024 * 1024, $"{Files[file]} = {Convert.ToHexString(bytes)}");
        }, iter: Iterations, threads: 1);
        Restore();
    }

    /// <summary>True when the data was valid and a site came out; false for reported problems; an exception fails the test.</summary>
    private bool LoadValidateBuild()
    {
        var loaded = DatasetValidator.LoadAndValidate(_data.Root, "data");
        Assert.All(loaded.Problems, d => Assert.True(d.Location.File.StartsWith("data", StringComparison.Ordinal) && d.Location.Line >= 0 && d.Location.Column >= 0, d.ToString()));
        Assert.All(loaded.Problems, d => Assert.False(string.IsNullOrWhiteSpace(d.Message), d.ToString()));
        if (loaded.Problems.Count > 0) return false;
        var dataset = Assert.IsType<Mcro.Model.Dataset>(loaded.Value);
        var plan = EditionSelection.Plan(dataset.Config, [.. dataset.Years.Keys], [dataset.Years.Keys.Last()], ["en"], null);
        if (plan.Value is null) return Assert.IsAssignableFrom<IReadOnlyList<Diagnostic>>(plan.Problems).Count == 0;
        var site = SiteFixture.TryBuild(dataset, plan: plan.Value);
        Assert.True(site.Value is not null || site.Problems.Count > 0, "no site and no problem");
        return site.Value is not null;
    }

    private readonly HashSet<string> _touched = [];

    private void Write(string file, byte[] bytes)
    {
        _touched.Add(file);
        _data.WriteBytes(file, bytes);
    }

    /// <summary>Puts back the files the last input changed (rewriting all twelve each time would double the run).</summary>
    private void Restore()
    {
        foreach (var file in _touched) _data.WriteBytes(file, Original[file]);
        _touched.Clear();
    }

    private static byte[] Mutate(byte[] bytes, int op, double at, int length, string token)
    {
        var position = (int)(at * bytes.Length);
        var end = Math.Min(bytes.Length, position + length);
        var tokenBytes = Encoding.UTF8.GetBytes(token);
        return op switch
        {
            0 => [.. bytes[..position], .. bytes[end..]],                                    // delete a run
            1 => [.. bytes[..position], .. tokenBytes, .. bytes[position..]],                 // insert a token
            2 => [.. bytes[..position], .. tokenBytes, .. bytes[end..]],                      // overwrite a run
            3 => [.. bytes[..end], .. bytes[position..end], .. bytes[end..]],                 // repeat a run
            4 => bytes[..position],                                                           // truncate
            _ => position < bytes.Length ? [.. bytes[..position], (byte)(bytes[position] ^ (1 << (length % 8))), .. bytes[(position + 1)..]] : bytes, // flip a bit
        };
    }
}
