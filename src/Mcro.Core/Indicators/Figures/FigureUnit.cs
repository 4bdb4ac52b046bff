namespace Mcro.Indicators.Figures;

/// <summary>What a figure's value is: what a number counts, or the kind of value it is when it is not a count.</summary>
public enum FigureUnit
{
    /// <summary>A number of MOCRs.</summary>
    Offices,

    /// <summary>A number of municipalities.</summary>
    Municipalities,

    /// <summary>A number of staff members.</summary>
    Staff,

    /// <summary>A number of core tasks.</summary>
    Tasks,

    /// <summary>A calendar year.</summary>
    Year,

    /// <summary>One office listed as a member of a list (value 1); its plural figure counts the list.</summary>
    Member,

    /// <summary>An office's answer: yes, no, or n/a.</summary>
    Answer,

    /// <summary>A mean per office assessed.</summary>
    Mean,

    /// <summary>A headline figure's change from the year before: a count, a share (as a fraction) or a mean, per its basis.</summary>
    Difference,

    /// <summary>
    /// A headline figure's change as its page shows it: the difference of the two years' numbers rounded as printed
    /// (counts; shares in percent to one decimal, so a difference in percentage points; means to one decimal).
    /// </summary>
    DisplayedDifference,

    /// <summary>
    /// One of the two numbers a change row shows, rounded as printed: a count, a share in percent to one decimal, or a
    /// mean to one decimal; the displayed difference is the difference of the year's and the year before's.
    /// </summary>
    DisplayedNumber,

    /// <summary>What a change compares: count, share or mean.</summary>
    Basis,
}
