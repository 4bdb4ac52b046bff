using System.Globalization;
using Mcro.Site;

namespace Mcro.Tests.Site;

[CollectionDefinition(nameof(CurrentCultureCollection), DisableParallelization = true)]
public sealed class CurrentCultureCollection;

/// <summary>Changes the process's current culture, so it runs alone.</summary>
[Collection(nameof(CurrentCultureCollection))]
public class DeterminismTests
{
    [Theory]
    [InlineData("sr-Latn-RS")]
    [InlineData("sq-AL")]
    [InlineData("de-DE")]
    public void The_same_input_gives_the_same_bytes_under_any_current_culture(string culture)
    {
        var reference = WithCulture(CultureInfo.InvariantCulture, () => SiteFixture.Build(baseUrl: "https://example.org/"));
        var other = WithCulture(CultureInfo.GetCultureInfo(culture), () => SiteFixture.Build(baseUrl: "https://example.org/"));
        Assert.Equal(reference.Files.Select(f => f.Path), other.Files.Select(f => f.Path));
        foreach (var (a, b) in reference.Files.Zip(other.Files))
            Assert.True(a.Content.AsSpan().SequenceEqual(b.Content), $"{a.Path} differs under {culture}");
    }

    [Fact]
    public void Building_twice_gives_the_same_bytes_whatever_the_thread_scheduling()
    {
        var first = SiteFixture.Built;
        var second = SiteFixture.Build();
        // Paths first: zipping two lists alone would pass with a file missing from one of them.
        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
        Assert.All(first.Files.Zip(second.Files), p => Assert.Equal(p.First.Content, p.Second.Content));
    }

    [Fact]
    public void No_output_holds_the_build_time()
    {
        var site = SiteFixture.Built;
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.All(site.Files.Where(f => !f.Path.StartsWith(SiteLayout.AssetsFolder, StringComparison.Ordinal)),
            f => Assert.DoesNotContain(today, f.ReadText()));
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (current, ui, defaultCulture, defaultUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture,
            CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        try
        {
            // Parallel rendering runs on pool threads: they take the default thread culture.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
            (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = (defaultCulture, defaultUi);
        }
    }
}
