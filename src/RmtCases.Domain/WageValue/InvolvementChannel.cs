namespace RmtCases.Domain.WageValue;

public enum InvolvementChannel
{
    InPerson = 1,
    Phone = 2,
    InWriting = 3,
}
