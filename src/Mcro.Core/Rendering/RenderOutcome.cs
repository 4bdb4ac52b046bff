using Mcro.Diagnostics;

namespace Mcro.Rendering;

/// <summary>The rendered text, or the template problem that stopped it.</summary>
public sealed record RenderOutcome(string? Text, Diagnostic? Problem);
