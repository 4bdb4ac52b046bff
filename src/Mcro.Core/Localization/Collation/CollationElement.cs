namespace Mcro.Localization.Collation;

/// <summary>
/// The weights of one letter, contraction or mark: which letter it is (primary; 0 for a mark, which only adds an
/// accent), which accent (secondary) and which case or form (tertiary).
/// </summary>
internal readonly record struct CollationElement(int Primary, int Secondary, int Tertiary);
