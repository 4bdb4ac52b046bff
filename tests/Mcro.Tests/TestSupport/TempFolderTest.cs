namespace Mcro.Tests.TestSupport;

/// <summary>A test class whose every test gets a fresh <see cref="TempFolder"/>, <see cref="Work"/>, deleted after the test.</summary>
/// <param name="prefix">The start of the folder's name ("mcro-build-"), so a leftover says which tests left it.</param>
public abstract class TempFolderTest(string prefix) : IDisposable
{
    protected TempFolder Work { get; } = new(prefix);

    public void Dispose() => Work.Dispose();
}
