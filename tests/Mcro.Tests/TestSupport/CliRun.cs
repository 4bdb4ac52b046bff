using System.CommandLine;
using Mcro.Cli;

namespace Mcro.Tests.TestSupport;

/// <summary>One run of the mcro command line in process (its entry, <see cref="McroApp.Run"/>), with what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => Capture((output, error) => McroApp.Run(args, output, error));

    /// <summary>`mcro build` of <paramref name="data"/> with <paramref name="templates"/> into <paramref name="output"/>, then the options.</summary>
    public static CliRun Build(string data, string templates, string output, params string[] options) =>
        Of(["build", "--data", data, "--templates", templates, "--out", output, .. options]);

    /// <summary>A command line put together by the test (say, a command given a fake terminal), run as McroApp runs its own.</summary>
    public static CliRun With(RootCommand root, params string[] args) =>
        Capture((output, error) => root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }));

    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static CliRun Capture(Func<TextWriter, TextWriter, int> run)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = run(output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
