namespace Mcro.BrowserTests.Browser;

/// <summary>Every test class that opens pages shares one Chromium (starting it takes longer than most checks).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Chromium>, ICollectionFixture<Tools.MissingToolsNotice>
{
    public const string Name = "Chromium";
}
