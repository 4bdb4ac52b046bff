using Mcro.Rendering.Views;

namespace Mcro.Producers.Profile.Views;

/// <summary>
/// One mechanism of the series (not the MOCR) in a municipality's year, every text in the edition's language: its
/// status, whether the law required it there, and, when it was working, its answers, its people and the communities
/// it left unrepresented.
/// </summary>
/// <param name="Id">The mechanism's id: its section's anchor and class.</param>
/// <param name="Status">"yes", "vacant", "dissolved" or "no" (YEAR/ID/municipalities.csv): for the styling; <see cref="StatusText"/> says it.</param>
/// <param name="MandatoryText">Whether the law required it there, or that it required it and the municipality had none.</param>
/// <param name="NotAssessed">Why a vacant post has no answers; null otherwise.</param>
/// <param name="Functioning">Its functioning indicators; null unless it was working and the definition has indicators.</param>
/// <param name="Duties">Its duties; null unless it was working and the definition has duties.</param>
/// <param name="People">Its people by community and gender; null unless it was working.</param>
/// <param name="Representation">The communities living there it did not represent; null unless it was working and the definition compares.</param>
/// <param name="Notes">The year's notes of the mechanism about this municipality.</param>
/// <param name="Sheet">The mechanism's sheet of the year in this edition; null when the site does not hold it.</param>
public sealed record ProfileMechanism(
    string Id,
    string Name,
    string Abbreviation,
    string Status,
    string StatusText,
    string MandatoryText,
    bool MissingMandatory,
    string? NotAssessed,
    ProfileQuestions? Functioning,
    ProfileQuestions? Duties,
    ProfilePeople? People,
    ProfileRepresentation? Representation,
    IReadOnlyList<string> Notes,
    PageLink? Sheet);

/// <summary>A mechanism's yes/no questions (indicators or duties) with their answers.</summary>
/// <param name="Summary">For duties, how many were performed of those assessed; null for indicators.</param>
/// <param name="Exclusion">Why it was left out of some duties, in the edition's language; null when it was not.</param>
public sealed record ProfileQuestions(string Heading, string? Summary, IReadOnlyList<ProfileAnswer> Answers, string? Exclusion);

/// <summary>A mechanism's people: the definition's label, a count, and a row per community with its women and men.</summary>
public sealed record ProfilePeople(string Heading, string Summary, IReadOnlyList<string> Columns, IReadOnlyList<ProfilePeopleRow> Rows);

public sealed record ProfilePeopleRow(string Community, string Women, string Men);

/// <summary>The communities living in the municipality that had nobody among the mechanism's people.</summary>
/// <param name="Summary">How many (or that every one was represented).</param>
public sealed record ProfileRepresentation(string Heading, string Summary, IReadOnlyList<string> Communities);
