using System.Collections.Immutable;

namespace Mcro.Indicators.Figures;

/// <summary>A list of offices as two figures: how many (<see cref="Count"/>) and each member (<see cref="Member"/>, value 1).</summary>
public sealed record FigureList<TSource>(Figure<TSource, ImmutableArray<string>> Count, Figure<TSource, ImmutableArray<string>> Member);
