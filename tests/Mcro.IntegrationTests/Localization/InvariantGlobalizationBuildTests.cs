using System.Diagnostics;
using Mcro.Tests.Site;

namespace Mcro.Tests.Localization;

/// <summary>
/// The real command line, once with the machine's ICU and once with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 (Alpine and
/// many CI containers): both builds succeed and write the same files, byte for byte, every edition included.
/// </summary>
public sealed class InvariantGlobalizationBuildTests() : TempFolderTest("mcro-invariant-")
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_build_without_icu_writes_the_same_bytes_as_one_with_icu(bool decomposedNames)
    {
        var data = SiteFixture.DataFolder;
        if (decomposedNames)
        {
            // Names as some spreadsheets store them: č as c and a combining caron, Ë as E and a combining diaeresis.
            data = Work.PathOf("data");
            FolderCopy.Copy(SiteFixture.DataFolder, data);
            var names = Path.Combine(data, "municipalities.csv");
            File.WriteAllText(names, File.ReadAllText(names).Normalize(System.Text.NormalizationForm.FormD));
        }
        var withIcu = Build(data, Work.PathOf("icu"), invariant: false);
        var withoutIcu = Build(data, Work.PathOf("invariant"), invariant: true);

        Assert.True(withIcu.Count > 100, $"the build with ICU wrote only {withIcu.Count} file(s)");
        Assert.Equal(withIcu.Keys.Order(StringComparer.Ordinal), withoutIcu.Keys.Order(StringComparer.Ordinal));
        Assert.All(withIcu, file => Assert.True(file.Value.AsSpan().SequenceEqual(withoutIcu[file.Key]), $"{file.Key} differs without ICU"));
    }

    private static Dictionary<string, byte[]> Build(string data, string output, bool invariant)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "mcro.dll"), "build", "--data", data, "--templates", SiteFixture.TemplatesFolder, "--out", output])
            start.ArgumentList.Add(arg);
        start.Environment["CI"] = "true";
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = invariant ? "1" : "0";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "the build did not finish in 5 minutes");
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode} {(invariant ? "without" : "with")} ICU:\n{stdout.Result}\n{stderr.Result}");
        return Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f), File.ReadAllBytes, StringComparer.Ordinal);
    }
}
