namespace RmtCases.Domain.Participants;

/// <summary>The closed list of data categories a–g (AP z2021-2117); nothing else is stored about a participant.</summary>
public enum Category
{
    Person = 1,
    Education = 2,
    WorkHistory = 3,
    CurrentSituation = 4,
    Mediation = 5,
    ServiceDelivery = 6,
    Banenafspraak = 7,
}
