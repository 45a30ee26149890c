using RmtCases.Domain.WageValue;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.WageValue;

namespace RmtCases.Web.Features.Demo;

/// <summary>
/// One worked assessment that has been through every step: measured by a qualified assessor, both views
/// heard, finalised, and set by a gemeente caseworker, so the report and the subsidy have something to show.
/// </summary>
public static class DemoWageValue
{
    /// <summary>Regeling art. 3: the demo assessor is qualified, with the knowledge refreshed this month.</summary>
    public static AssessorQualification Qualification(Guid assessorId, DateTimeOffset now)
    {
        var today = DutchFormat.DayInAmsterdam(now);
        return new AssessorQualification
        {
            UserId = assessorId,
            DiplomaKind = DiplomaKind.HigherEducation,
            DiplomaTitle = "hbo Arbeidsdeskundige",
            DiplomaOn = new DateOnly(2015, 7, 1),
            ExperienceSince = new DateOnly(2016, 1, 1),
            KnowledgeUpdatedOn = today.AddDays(-today.Day + 1),
            RecordedByUserId = assessorId,
            RecordedAt = now,
        };
    }

    public static WageValueAssessment Assessment(int regionId, Guid municipalityId, AppUser assessor, Guid caseworkerId, DateTimeOffset now)
    {
        var today = DutchFormat.DayInAmsterdam(now);
        var assessment = new WageValueAssessment
        {
            RegionId = regionId,
            MunicipalityOrganisationId = municipalityId,
            CreatedByUserId = assessor.Id,
            CreatedAt = now,
            WorkerName = "Dennis Vermeulen",
            WorkerDateOfBirth = new DateOnly(1994, 4, 12),
            EmployerName = "Groenvoorziening De Hortus",
            EmployerIsProspective = true,
            JobTitle = "Medewerker groenonderhoud",
            ObservationDates = [today.AddDays(-14), today.AddDays(-12)],
            HoursPerWeek = 32,
            HoursPerWorkingDay = 8,
            FullTimeHoursPerWeek = 38,
            NormFunctionName = "Medewerker groenvoorziening A",
            NormFunctionSource = NormFunctionSource.SectorCollectiveAgreement,
            EmployerInputBy = "Teamleider buitendienst",
            EmployerInputOn = today.AddDays(-12),
            EmployerInputSummary = "Werkt zorgvuldig; heeft bij het snoeien meer instructie nodig dan collega's.",
            WorkerInvolvedOn = today.AddDays(-10),
            WorkerInvolvementChannel = InvolvementChannel.InPerson,
            WorkerView = "Herkent het beeld; wil het snoeien verder leren.",
            WorkerViewOutcome = ViewOutcome.Agrees,
            EmployerViewOn = today.AddDays(-10),
            EmployerViewChannel = InvolvementChannel.InWriting,
            EmployerViewOutcome = ViewOutcome.Waived,
            Status = AssessmentStatus.Final,
            FinalisedAt = now.AddDays(-7),
            FinalisedByUserId = assessor.Id,
            AssessorName = assessor.DisplayName,
        };
        assessment.AssessorQualificationSummary = WageValueText.Qualification(Qualification(assessor.Id, now));
        assessment.SeriesId = assessment.Id;
        assessment.Tasks.Add(Task(1, "Maaien en bladblazen", 85, 95, 90, 50, "Houdt het tempo van het team bijna bij."));
        assessment.Tasks.Add(Task(2, "Snoeien van heesters", 70, 80, 90, 30, "Vraagt vaker om aanwijzingen; resultaat wisselend."));
        assessment.Tasks.Add(Task(3, "Afval verzamelen en afvoeren", 90, 100, 95, 20, "Zelfstandig en volledig."));

        // Besluit art. 3(2): set by the college through a gemeente caseworker, not by the assessor (art. 3(4)).
        var result = WageValueCalculator.Calculate(WageValueForm.Measurements(assessment.Tasks));
        assessment.DecidedOn = DutchFormat.DayInAmsterdam(now.AddDays(-5));
        assessment.DecisionReference = "LKS-2026-0142";
        assessment.DecidedPercentage = result.Percentage;
        assessment.DecisionEffectiveFrom = assessment.DecidedOn.Value.AddDays(1 - assessment.DecidedOn.Value.Day).AddMonths(1);
        assessment.NextAssessmentOn = assessment.DecisionEffectiveFrom.Value.AddYears(1);
        assessment.DecidedByUserId = caseworkerId;
        assessment.DecidedAt = now.AddDays(-5);
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
