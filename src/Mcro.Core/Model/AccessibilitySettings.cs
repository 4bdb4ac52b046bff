using Mcro.Diagnostics;

namespace Mcro.Model;

/// <summary>
/// config.yaml's accessibility: what the accessibility statement says that is a fact of the data team's, not of mcro:
/// where readers report a barrier, and when the site was last assessed (never the build's time, so a rebuild does not
/// claim an assessment nobody made).
/// </summary>
/// <param name="Contact">An e-mail address or an https:// address (a feedback form).</param>
/// <param name="Assessed">The day of the last assessment.</param>
/// <param name="Location">Where the accessibility: block is.</param>
public sealed record AccessibilitySettings(string Contact, DateOnly Assessed, SourceLocation Location)
{
    /// <summary>Whether <see cref="Contact"/> is an e-mail address (else a web address).</summary>
    public bool ContactIsEmail => !Contact.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The link a reader follows to write: "mailto:…" for an address, the page itself otherwise.</summary>
    public string ContactHref => ContactIsEmail ? "mailto:" + Contact : Contact;
}
