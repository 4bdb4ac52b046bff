namespace Mcro.Model;

public enum Gender
{
    Female,
    Male,
}
