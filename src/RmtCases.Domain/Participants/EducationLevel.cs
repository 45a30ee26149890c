namespace RmtCases.Domain.Participants;

public enum EducationLevel
{
    PrimaryOnly = 1,
    Vmbo = 2,
    Havo = 3,
    Vwo = 4,
    Mbo1 = 5,
    Mbo2 = 6,
    Mbo3 = 7,
    Mbo4 = 8,
    Hbo = 9,
    Wo = 10,
}
