namespace Mcro.Cli;

/// <summary>What the process returns, for CI scripts.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>The input (data, templates, options) has problems; they were printed.</summary>
    public const int Problems = 1;

    /// <summary>The command line itself is wrong (an unknown option, a folder that is not what it should be).</summary>
    public const int Usage = 2;

    /// <summary>A bug in mcro; the message says so.</summary>
    public const int InternalError = 70;
}
