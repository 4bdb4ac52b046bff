namespace Mcro.Producers.Accessibility.Views;

/// <summary>
/// An edition's accessibility statement, in the parts of the EU's model statement (Implementing Decision (EU) 2018/1523):
/// compliance status, known limitations, how it was checked and when, feedback.
/// </summary>
/// <param name="Method">How the site is checked, with the day of the last assessment as the edition writes a date.</param>
/// <param name="Tools">The checks the tests run on every change, one sentence each.</param>
/// <param name="ContactHref">mailto: for an e-mail address, else the feedback page's address.</param>
public sealed record AccessibilityStatementPage(
    string Title,
    string Intro,
    string StatusHeading,
    string Status,
    string Leaflets,
    string LimitationsHeading,
    string LimitationsIntro,
    IReadOnlyList<string> Limitations,
    string MethodHeading,
    string Method,
    IReadOnlyList<string> Tools,
    string FeedbackHeading,
    string Feedback,
    string Contact,
    string ContactHref);
