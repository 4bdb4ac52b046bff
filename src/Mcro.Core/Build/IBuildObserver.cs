namespace Mcro.Build;

/// <summary>What a build reports while it runs; the CLI shows it as a progress line or plain log lines.</summary>
public interface IBuildObserver
{
    /// <summary>A step begins: "charts", "pages", …</summary>
    void StepStarted(string name);

    void StepDone(BuildStep step);

    /// <summary>The running step finished <paramref name="done"/> of its <paramref name="total"/> items (sheets, pages, leaflets).</summary>
    void StepCounted(string name, int done, int total)
    {
    }
}
