namespace Mcro.DataGen;

/// <summary>One file of a generated dataset: its path inside the dataset folder ('/'-separated) and its bytes.</summary>
public sealed record GeneratedFile(string Path, byte[] Content);
