namespace Mcro.Model;

/// <summary>
/// An answer in offices.csv: yes, no, or n/a where the office is excluded. For a core task, yes is "performed", no "not
/// performed" and n/a "excluded": the figures count these same answers once notes.yaml's exclusions are applied
/// (OfficeIndicators.AsCounted), so there is no second kind of task outcome.
/// </summary>
public enum Answer
{
    Yes,
    No,
    NotApplicable,
}
