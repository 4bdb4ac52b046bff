namespace Mcro.Model;

/// <summary>An answer in offices.csv: yes, no, or n/a where the office is excluded.</summary>
public enum Answer
{
    Yes,
    No,
    NotApplicable,
}
