namespace RmtCases.Domain.Participants;

/// <summary>How the person was informed before agreeing to take part; participation is voluntary.</summary>
public enum InformedBy
{
    InPerson = 1,
    Phone = 2,
    Letter = 3,
    Email = 4,
}
