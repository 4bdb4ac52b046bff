namespace Mcro.Model;

/// <summary>A staff member's post in a MOCR: its head, or other staff.</summary>
public enum Position
{
    Head,
    Staff,
}
