namespace Mcro.Rendering;

/// <summary>One template or asset file as the layers resolve it.</summary>
/// <param name="Name">Its relative name, '/'-separated: "partials/footer.html", "site.css" (below assets/).</param>
/// <param name="Path">Where it is read from.</param>
/// <param name="Display">How messages name it: "templates/partials/footer.html", or the built-in file's own path.</param>
public sealed record TemplateFile(string Name, string Path, string Display);
