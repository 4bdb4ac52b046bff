using Mcro.Tests.Site;

namespace Mcro.Tests.Corpus;

/// <summary>A corpus case's input laid out in a folder: the fixture dataset with the case's files over it, and the templates.</summary>
internal sealed record CorpusInput(string Data, string Templates)
{
    public static CorpusInput Prepare(CorpusCase corpusCase, TempFolder work)
    {
        var data = work.PathOf("data");
        FolderCopy.Copy(SiteFixture.DataFolder, data);
        var overrides = Path.Combine(corpusCase.Folder, "data");
        if (Directory.Exists(overrides)) FolderCopy.Copy(overrides, data, overwrite: true);
        foreach (var text in corpusCase.Texts) text.ApplyTo(data);
        foreach (var deleted in corpusCase.Deleted) File.Delete(Path.Combine(data, deleted));
        foreach (var (generator, file) in corpusCase.Generated) CorpusGenerators.Generate(generator, Path.Combine(data, file));
        var templates = SiteFixture.TemplatesFolder;
        if (corpusCase.Templates is { } own)
        {
            templates = work.PathOf("templates");
            FolderCopy.Copy(SiteFixture.TemplatesFolder, templates);
            FolderCopy.Copy(own, templates, overwrite: true);
        }
        return new CorpusInput(data, templates);
    }
}
