namespace Mcro.Diagnostics;

/// <summary>The codes of the commands' own problems: editions, templates, the output folder, the browser, review, workbooks.</summary>
public sealed partial class ProblemCode
{
    public static readonly ProblemCode Usage = new("usage", "a command was given something it cannot use (an empty side of a review, …)");
    public static readonly ProblemCode EditionUnknown = new("edition-unknown", "--lang names an edition the dataset does not have");
    public static readonly ProblemCode TemplatesMissing = new("templates-missing", "the templates folder is not there");
    public static readonly ProblemCode TemplateMissing = new("template-missing", "a template the site needs is not there");
    public static readonly ProblemCode Template = new("template", "a template does not parse or fails while it renders");
    public static readonly ProblemCode TemplateUnknown = new("template-unknown", "`mcro templates` was asked for a template mcro does not have");
    public static readonly ProblemCode TemplateExists = new("template-exists", "`mcro templates` would overwrite a file that exists");
    public static readonly ProblemCode TemplateUnwritable = new("template-unwritable", "`mcro templates` cannot write a file");
    public static readonly ProblemCode AssetName = new("asset-name", "an asset's file name cannot be published (a line break, a control character, ':' or '\\')");
    public static readonly ProblemCode OutputFolder = new("output-folder", "--out is not a folder mcro may write the site into");
    public static readonly ProblemCode Output = new("output", "the site could not be written into --out (its folder, its lock, a file in it)");
    public static readonly ProblemCode FileUnwritable = new("file-unwritable", "a file (a workbook, a year's CSV) cannot be written");
    public static readonly ProblemCode BrowserMissing = new("browser-missing", "no browser to print the leaflets with");
    public static readonly ProblemCode BrowserFailed = new("browser-failed", "the browser to print the leaflets with does not start");
    public static readonly ProblemCode LeafletFailed = new("leaflet-failed", "a sheet's leaflet could not be printed");
    public static readonly ProblemCode Git = new("git", "a git revision or folder of `mcro diff` cannot be read");
    public static readonly ProblemCode GitLink = new("git-link", "a revision holds a symbolic link where mcro reads files");
    public static readonly ProblemCode GitSubmodule = new("git-submodule", "a revision holds a submodule where mcro reads files");
    public static readonly ProblemCode LinkOutside = new("link-outside", "a folder being compared holds a link that leads outside it");
    public static readonly ProblemCode LinkLoop = new("link-loop", "a folder being compared holds links that lead round in a loop");
    public static readonly ProblemCode TooManyFiles = new("too-many-files", "a folder being compared holds more files than mcro reads");
    public static readonly ProblemCode SnapshotFolder = new("snapshot-folder", "a snapshot folder holds what mcro did not write, or cannot be read");
    public static readonly ProblemCode WorkbookLanguage = new("workbook-language", "a workbook was asked for in a language the dataset has no texts in");
    public static readonly ProblemCode WorkbookUnreadable = new("workbook-unreadable", "a file is not an Excel workbook (.xlsx), or has no sheets");
    public static readonly ProblemCode WorkbookYear = new("workbook-year", "a workbook does not say which year it holds");
    public static readonly ProblemCode WorkbookSheet = new("workbook-sheet", "a workbook's sheet is missing, named twice, or not read");
    public static readonly ProblemCode WorkbookColumn = new("workbook-column", "a workbook's column is not read");
    public static readonly ProblemCode WorkbookValue = new("workbook-value", "a workbook's cell holds a value mcro cannot read as text");
    public static readonly ProblemCode YearExists = new("year-exists", "`mcro new-year` would overwrite a year that exists");
}
