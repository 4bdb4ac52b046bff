using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Mcro.Benchmarks -- --filter '*'       (every stage)
// dotnet run -c Release --project bench/Mcro.Benchmarks -- --filter '*Chart*' (one)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
