namespace RmtCases.Domain.Participants;

public sealed class PersonDetails
{
    public required string GivenNames { get; set; }
    public string? Infix { get; set; }
    public required string Surname { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public required string Street { get; set; }
    public required string HouseNumber { get; set; }
    public required string Postcode { get; set; }
    public required string City { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    public string FullName => JoinName(GivenNames, Infix, Surname);

    /// <summary>The one way a name is written out: given names, infix, surname, whichever are filled in.</summary>
    public static string JoinName(string givenNames, string? infix, string surname) =>
        string.Join(' ', new[] { givenNames, infix, surname }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
