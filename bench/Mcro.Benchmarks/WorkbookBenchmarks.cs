using BenchmarkDotNet.Attributes;
using Mcro.Workbook;

namespace Mcro.Benchmarks;

/// <summary>
/// mcro workbook export and import of the sample's last year (38 municipalities), in a warm process; the target is
/// 0.5 s each. Import reads the exported workbook into a copy of the dataset and checks it with every rule of validate.
/// </summary>
[MemoryDiagnoser]
public class WorkbookBenchmarks
{
    private SampleSite _site = null!;
    private string _copy = null!;
    private byte[] _workbook = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = new SampleSite();
        _copy = Directory.CreateTempSubdirectory("mcro-bench-workbook-").FullName;
        foreach (var file in Directory.EnumerateFiles(_site.DataFolder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_copy, Path.GetRelativePath(_site.DataFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        _workbook = Export();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_copy, recursive: true);

    [Benchmark]
    public byte[] Export() => WorkbookExport.Make(_site.DataFolder, "data", _site.LastYear, "sr").Value!.Bytes;

    [Benchmark]
    public int Import()
    {
        using var stream = new MemoryStream(_workbook);
        return WorkbookImport.Run(stream, "book.xlsx", _copy, "data", null).Problems.Count;
    }
}
