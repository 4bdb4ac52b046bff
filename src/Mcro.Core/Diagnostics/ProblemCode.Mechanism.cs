namespace Mcro.Diagnostics;

/// <summary>The codes of the series: mechanism definitions (mechanisms/*.yaml), their year tables and communities-living.csv.</summary>
public sealed partial class ProblemCode
{
    public static readonly ProblemCode MechanismDefinition = new("mechanism-definition", "a mechanism definition is incomplete or names a section it has no data for");
    public static readonly ProblemCode MechanismUnknown = new("mechanism-unknown", "a year folder, --mechanism or a note names a mechanism that mechanisms/ does not define");
    public static readonly ProblemCode MechanismRowMissing = new("mechanism-row-missing", "a mechanism's municipalities.csv has no row for a municipality");
    public static readonly ProblemCode MechanismAnswer = new("mechanism-answer", "a mechanism is answered where its status says it is not working, or not answered where it is");
    public static readonly ProblemCode PeopleWithoutMechanism = new("people-without-mechanism", "people.csv lists people of a municipality whose mechanism is not working that year");
    public static readonly ProblemCode CommunitiesLiving = new("communities-living", "communities-living.csv is missing where a mechanism needs it, or its shares do not add up");
}
