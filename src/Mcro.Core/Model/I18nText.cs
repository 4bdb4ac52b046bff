using System.Collections.Immutable;
using Mcro.Diagnostics;

namespace Mcro.Model;

/// <summary>A text of the page in one language: plain, or one form per CLDR plural category.</summary>
public sealed record I18nText(string? Plain, ImmutableSortedDictionary<string, string> PluralForms, SourceLocation Location)
{
    public bool IsPlural => Plain is null;
}
