using System.CommandLine;

namespace Mcro.Cli.Output;

public static class DiffFormatOption
{
    public static Option<DiffFormat> Create() => new("--format")
    {
        Description = "Output format: text (the default), markdown (a GitHub job summary or pull-request comment), or json",
        HelpName = "text|markdown|json",
    };
}
