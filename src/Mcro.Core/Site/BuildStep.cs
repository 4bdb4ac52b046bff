namespace Mcro.Site;

/// <summary>One timed step of a build, for the summary and for finding what is slow.</summary>
public sealed record BuildStep(string Name, TimeSpan Elapsed, string Detail);

/// <summary>What a build reports while it runs; the CLI shows it as a progress line or plain log lines.</summary>
public interface IBuildObserver
{
    /// <summary>A step begins: "charts", "pages", …</summary>
    void StepStarted(string name);

    void StepDone(BuildStep step);
}
