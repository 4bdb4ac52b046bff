namespace Mcro.Indicators.Figures;

/// <summary>The staff figures of the year or of one office: totals, then per community.</summary>
public sealed record StaffFigureSet(
    Figure<StaffFigures, int> Total,
    Figure<StaffFigures, int> Female,
    Figure<StaffFigures, int> Male,
    Figure<CommunityStaff, int> CommunityFemale,
    Figure<CommunityStaff, int> CommunityMale,
    Figure<CommunityStaff, int> CommunityTotal)
{
    public IEnumerable<Figure> All => [Total, Female, Male, CommunityFemale, CommunityMale, CommunityTotal];
}
