using Mcro.Diagnostics;

namespace Mcro.Localization;

/// <summary>
/// A text the pages show (an i18n text, a note, a name), as read and where it stands in its file: the check finds a
/// variant in <see cref="Value"/> and points at the same words in <see cref="Source"/>, between <see cref="Start"/> and
/// <see cref="End"/>, so a quoted, escaped or folded text is still pointed at exactly.
/// </summary>
/// <param name="What">How a message names it: "text 'profile.performed'", "name_sr of 'decan'".</param>
/// <param name="TextStart">Where the value's first character stands, for a text the source cannot be matched in.</param>
public sealed record GlossaryText(string Language, string What, string Value, string Source, int Start, int End, SourceLocation TextStart);
