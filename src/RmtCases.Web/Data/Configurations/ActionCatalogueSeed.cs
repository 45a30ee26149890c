using RmtCases.Domain.Casework;
using RmtCases.Domain.Participants;

namespace RmtCases.Web.Data.Configurations;

/// <summary>The catalogue and templates a new installation starts with; administrators keep them from then on.</summary>
public static class ActionCatalogueSeed
{
    public static readonly Guid Intake = new("01980000-0000-7000-8000-000000000001");
    public static readonly Guid CareerAdvice = new("01980000-0000-7000-8000-000000000002");
    public static readonly Guid ApplicationTraining = new("01980000-0000-7000-8000-000000000003");
    public static readonly Guid ProposeVacancy = new("01980000-0000-7000-8000-000000000004");
    public static readonly Guid RequestTraining = new("01980000-0000-7000-8000-000000000005");
    public static readonly Guid PractiseDiploma = new("01980000-0000-7000-8000-000000000006");
    public static readonly Guid PractiseCertificate = new("01980000-0000-7000-8000-000000000007");
    public static readonly Guid PractiseStatement = new("01980000-0000-7000-8000-000000000008");
    public static readonly Guid DevelopmentAdvice = new("01980000-0000-7000-8000-000000000009");
    public static readonly Guid EmployerMeeting = new("01980000-0000-7000-8000-00000000000a");
    public static readonly Guid Evaluation = new("01980000-0000-7000-8000-00000000000b");

    public static readonly ActionCatalogueItem[] Items =
    [
        new() { Id = Intake, Name = "Intakegesprek", Position = 1 },
        new() { Id = CareerAdvice, Name = "Loopbaanadvies", Position = 2 },
        new() { Id = DevelopmentAdvice, Name = "Ontwikkeladvies", Position = 3 },
        new() { Id = ApplicationTraining, Name = "Sollicitatietraining", Position = 4 },
        new() { Id = ProposeVacancy, Name = "Vacature voorstellen", Position = 5 },
        new() { Id = EmployerMeeting, Name = "Kennismaking met een werkgever", Position = 6 },
        new() { Id = RequestTraining, Name = "Scholing aanvragen", Position = 7 },
        new() { Id = PractiseDiploma, Name = "Praktijkleren in het mbo, met diploma", Position = 8 },
        new() { Id = PractiseCertificate, Name = "Praktijkleren in het mbo, met certificaat", Position = 9 },
        new() { Id = PractiseStatement, Name = "Praktijkleren in het mbo, met praktijkverklaring", Position = 10 },
        new() { Id = Evaluation, Name = "Evaluatiegesprek", Position = 11 },
    ];

    private static PlanTemplateStep Step(int n, ServiceType type, Guid item, int days) =>
        new() { Id = new Guid($"01980000-0000-7000-8001-{n:x12}"), ServiceType = type, CatalogueItemId = item, DueAfterDays = days, Position = n };

    public static readonly PlanTemplateStep[] TemplateSteps =
    [
        Step(1, ServiceType.AanvullendeCrisisdienstverlening, Intake, 7),
        Step(2, ServiceType.AanvullendeCrisisdienstverlening, CareerAdvice, 14),
        Step(3, ServiceType.AanvullendeCrisisdienstverlening, ApplicationTraining, 28),
        Step(4, ServiceType.AanvullendeCrisisdienstverlening, ProposeVacancy, 42),
        Step(5, ServiceType.ScholingPraktijkleren, Intake, 7),
        Step(6, ServiceType.ScholingPraktijkleren, RequestTraining, 14),
        Step(7, ServiceType.ScholingPraktijkleren, PractiseStatement, 120),
        Step(8, ServiceType.Werkfitbehoud, Intake, 7),
        Step(9, ServiceType.Werkfitbehoud, DevelopmentAdvice, 21),
        Step(10, ServiceType.Werkfitbehoud, Evaluation, 90),
    ];
}
