using RmtCases.Domain.Participants;

namespace RmtCases.Web.Tests.Infrastructure;

/// <summary>Participants for arranging tests, with every category filled in.</summary>
public static class Sample
{
    public static PersonDetails Person(string surname = "Öztürk") => new()
    {
        GivenNames = "Ayşe",
        Surname = surname,
        DateOfBirth = new DateOnly(1980, 5, 17),
        Street = "Kinkerstraat",
        HouseNumber = "12-2",
        Postcode = "1053 DX",
        City = "Amsterdam",
        Phone = "+31 6 12345678",
        Email = "ayse@example.nl",
    };

    public static Participant Full(int regionId, Guid organisationId, Guid providerId, string surname = "Öztürk")
    {
        var participant = new Participant
        {
            RegionId = regionId,
            RegisteredAt = DateTimeOffset.UtcNow,
            RegisteredByOrganisationId = organisationId,
            Person = Person(surname),
            ParticipationAgreedOn = new DateOnly(2021, 9, 1),
            InformedBy = InformedBy.InPerson,
            ParticipationRecordedByUserId = Guid.NewGuid(),
            CurrentSituation = new CurrentSituation { Status = WorkStatus.AtRiskOfRedundancy, Employer = "KLM", JobTitle = "Grondstewardess", HoursPerWeek = 32 },
        };
        participant.Education.Add(new EducationEntry { Level = EducationLevel.Mbo4, Programme = "Travel & Hospitality", Institution = "ROC van Amsterdam", StartYear = 1997, EndYear = 2000, DiplomaObtained = true });
        participant.WorkHistory.Add(new WorkHistoryEntry { Employer = "KLM", JobTitle = "Grondstewardess", StartDate = new DateOnly(2005, 3, 1), HoursPerWeek = 32 });
        participant.Mediation.Add(new MediationActivity { Kind = MediationKind.VacancyReferral, Date = new DateOnly(2021, 10, 4), Vacancy = "Medewerker klantenservice", Outcome = MediationOutcome.Pending });
        participant.ServiceDeliveries.Add(new ServiceDelivery { ServiceType = ServiceType.Werkfitbehoud, ProviderOrganisationId = providerId, StartDate = new DateOnly(2021, 10, 1), EndDate = new DateOnly(2021, 12, 31), Cost = 1234.56m });
        participant.Involve(organisationId, DateTimeOffset.UtcNow);
        return participant;
    }
}
