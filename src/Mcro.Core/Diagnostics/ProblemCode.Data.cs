namespace Mcro.Diagnostics;

/// <summary>The codes of the rules across the dataset's files (validation) and of its texts.</summary>
public sealed partial class ProblemCode
{
    public static readonly ProblemCode DuplicateRow = new("duplicate-row", "a code is listed twice, or an office has a second exclusion");
    public static readonly ProblemCode UnknownCode = new("unknown-code", "a municipality, community or task code is not in its list");
    public static readonly ProblemCode OfficeYears = new("office-years", "a municipality's MOCR years are missing or out of order");
    public static readonly ProblemCode SimilarOfficeWithMocr = new("similar-office-with-mocr", "a municipality has both a MOCR and a similar office in one year");
    public static readonly ProblemCode OfficeWithoutMocr = new("office-without-mocr", "offices.csv has a row for a municipality without a MOCR that year");
    public static readonly ProblemCode MocrMissing = new("mocr-missing", "a municipality with a MOCR that year has no row in offices.csv");
    public static readonly ProblemCode StaffWithoutMocr = new("staff-without-mocr", "staff.csv lists staff of a municipality without a MOCR that year");
    public static readonly ProblemCode SecondHead = new("second-head", "an office has more than one head");
    public static readonly ProblemCode NaWithoutExclusion = new("na-without-exclusion", "offices.csv answers n/a where notes.yaml has no exclusion");
    public static readonly ProblemCode ExclusionWithoutNa = new("exclusion-without-na", "notes.yaml excludes an office from a task that offices.csv answers yes or no");
    public static readonly ProblemCode ExclusionWithoutMocr = new("exclusion-without-mocr", "notes.yaml excludes a municipality without a MOCR that year");
    public static readonly ProblemCode TextMissing = new("text-missing", "a text the data or the pages need has no text in a configured language");
    public static readonly ProblemCode I18nText = new("i18n-text", "a page or workbook text is missing or does not fit its placeholders");
    public static readonly ProblemCode I18nPlural = new("i18n-plural", "a text's plural forms are incomplete");
    public static readonly ProblemCode I18nKeyTwice = new("i18n-key-twice", "an i18n file names one text twice (a dotted and a nested key)");
    public static readonly ProblemCode I18nMissing = new("i18n-missing", "i18n status: a key that another language has is missing in this one");
    public static readonly ProblemCode I18nEmpty = new("i18n-empty", "i18n status: a text is empty");
    public static readonly ProblemCode I18nUntranslated = new("i18n-untranslated", "i18n status: a text is still the default language's words");
    public static readonly ProblemCode I18nPluralMissing = new("i18n-plural-missing", "i18n status: a plural form the language needs is missing");
    public static readonly ProblemCode GlossaryVariant = new("glossary-variant", "a text, note or name uses a variant that i18n/glossary.yaml flags instead of its term (a warning)");
    public static readonly ProblemCode GlossaryEntry = new("glossary-entry", "i18n/glossary.yaml: an entry is malformed, or lists terms under a language the data does not have");
}
