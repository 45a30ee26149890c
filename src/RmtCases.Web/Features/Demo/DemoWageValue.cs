using RmtCases.Domain.WageValue;

namespace RmtCases.Web.Features.Demo;

/// <summary>One worked draft assessment, so the wage-value module has something to show in the demo.</summary>
public static class DemoWageValue
{
    public static WageValueAssessment Assessment(int regionId, Guid municipalityId, Guid assessorId, DateTimeOffset now)
    {
        var assessment = new WageValueAssessment
        {
            RegionId = regionId,
            MunicipalityOrganisationId = municipalityId,
            CreatedByUserId = assessorId,
            CreatedAt = now,
            WorkerName = "Dennis Vermeulen",
            WorkerDateOfBirth = new DateOnly(1994, 4, 12),
            EmployerName = "Groenvoorziening De Hortus",
            EmployerIsProspective = true,
            JobTitle = "Medewerker groenonderhoud",
            ObservationDates = [new DateOnly(2022, 3, 8), new DateOnly(2022, 3, 10)],
            EmployerInputBy = "Teamleider buitendienst",
            EmployerInputOn = new DateOnly(2022, 3, 10),
            EmployerInputSummary = "Werkt zorgvuldig; heeft bij het snoeien meer instructie nodig dan collega's.",
        };
        assessment.SeriesId = assessment.Id;
        assessment.Tasks.Add(Task(1, "Maaien en bladblazen", 85, 95, 90, 50, "Houdt het tempo van het team bijna bij."));
        assessment.Tasks.Add(Task(2, "Snoeien van heesters", 70, 80, 90, 30, "Vraagt vaker om aanwijzingen; resultaat wisselend."));
        assessment.Tasks.Add(Task(3, "Afval verzamelen en afvoeren", 90, 100, 95, 20, "Zelfstandig en volledig."));
        return assessment;
    }

    private static WageValueTask Task(int position, string name, decimal tempo, decimal quality, decimal net, decimal share, string why) => new()
    {
        Position = position,
        Name = name,
        Tempo = tempo,
        TempoArgumentation = why,
        Quality = quality,
        QualityArgumentation = "Vergeleken met de functie-eisen van de werkgever.",
        NetWorkingTime = net,
        NetWorkingTimeArgumentation = "Korte extra pauzes, afgesproken met de werkgever.",
        Share = share,
        ShareArgumentation = "Volgens het weekrooster van de werkplek.",
    };
}
