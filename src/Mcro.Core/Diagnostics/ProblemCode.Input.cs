namespace Mcro.Diagnostics;

/// <summary>The codes of problems in reading a file: its bytes, its CSV or YAML, a single value.</summary>
public sealed partial class ProblemCode
{
    public static readonly ProblemCode FolderMissing = new("folder-missing", "the data folder (or the folder a year goes into) does not exist");
    public static readonly ProblemCode NotDataFolder = new("not-data-folder", "the folder given as data has no config.yaml");
    public static readonly ProblemCode FileMissing = new("file-missing", "a file the dataset needs is not there");
    public static readonly ProblemCode FileUnreadable = new("file-unreadable", "a file could not be opened or read (permissions, a lock, an I/O error)");
    public static readonly ProblemCode FileTooLarge = new("file-too-large", "a file is larger than mcro reads");
    public static readonly ProblemCode FileNotRegular = new("file-not-regular", "a path is a named pipe, a device or another non-plain file");
    public static readonly ProblemCode InputUnreadable = new("input-unreadable", "the preview server could not read its input at all");
    public static readonly ProblemCode EmptyFile = new("empty-file", "a CSV file is empty or has no header line");
    public static readonly ProblemCode Encoding = new("encoding", "a file's bytes are not valid in its encoding (or a letter cannot be written in it)");
    public static readonly ProblemCode EncodingDeclared = new("encoding-declared", "a file read in the encoding config.yaml declares holds text that looks like another encoding");
    public static readonly ProblemCode YearUnchanged = new("year-unchanged", "a year's files are the same as the year before (a copied folder not yet filled in)");
    public static readonly ProblemCode FileUnchanged = new("file-unchanged", "a file of a year is the same as the year before's, byte for byte or but for the year (copied, not yet brought up to date)");
    public static readonly ProblemCode YearGap = new("year-gap", "the year folders skip a year (2021 after 2019)");
    public static readonly ProblemCode YearDraft = new("year-draft", "a draft year (year.yaml: status: draft) was asked for in a build without --drafts");
    public static readonly ProblemCode YearFolder = new("year-folder", "a folder looks like a year but its name is not four digits");
    public static readonly ProblemCode YearMissing = new("year-missing", "a year asked for has no folder in the data");
    public static readonly ProblemCode CsvSyntax = new("csv-syntax", "a CSV row cannot be read (a quote left open, text after a closing quote, a value too long)");
    public static readonly ProblemCode CsvDelimiter = new("csv-delimiter", "a CSV file is separated by something other than commas or semicolons");
    public static readonly ProblemCode CsvFieldCount = new("csv-field-count", "a CSV row has more or fewer values than the header has columns");
    public static readonly ProblemCode ColumnMissing = new("column-missing", "a column the file needs is not in its header");
    public static readonly ProblemCode ColumnUnknown = new("column-unknown", "a header names a column the file does not have (or none)");
    public static readonly ProblemCode ColumnDuplicate = new("column-duplicate", "a header names a column twice");
    public static readonly ProblemCode YamlSyntax = new("yaml-syntax", "a YAML file cannot be parsed");
    public static readonly ProblemCode YamlAlias = new("yaml-alias", "a YAML file uses an anchor or alias, which mcro does not read");
    public static readonly ProblemCode YamlDepth = new("yaml-depth", "a YAML file nests deeper than mcro reads");
    public static readonly ProblemCode YamlDuplicateKey = new("yaml-duplicate-key", "a YAML mapping has a key twice");
    public static readonly ProblemCode YamlShape = new("yaml-shape", "a YAML value is of the wrong kind (a list where a mapping or a text belongs, …)");
    public static readonly ProblemCode YamlUnknownKey = new("yaml-unknown-key", "a YAML mapping has a key mcro does not know");
    public static readonly ProblemCode ValueMissing = new("value-missing", "a value that must be given is empty or absent");
    public static readonly ProblemCode ValueDomain = new("value-domain", "a value is not one of those allowed (yes/no, a year, a language code, …)");
    public static readonly ProblemCode ValueDuplicate = new("value-duplicate", "a value that must be unique in its list is listed twice");
    public static readonly ProblemCode ValueTooLong = new("value-too-long", "a YAML text is longer than mcro accepts");
    public static readonly ProblemCode CodeShape = new("code-shape", "a code is not lower case without blanks, or is a reserved file name");
    public static readonly ProblemCode InvisibleCharacter = new("invisible-character", "a value holds an invisible character");
}
