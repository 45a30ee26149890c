namespace RmtCases.Domain.Participants;

public static class DutchLabels
{
    public static string Label(this ParticipantStatus s) => s switch
    {
        ParticipantStatus.Active => "Actief",
        ParticipantStatus.Withdrawn => "Deelname beëindigd",
        _ => s.ToString(),
    };

    public static string Label(this InformedBy i) => i switch
    {
        InformedBy.InPerson => "In een gesprek",
        InformedBy.Phone => "Telefonisch",
        InformedBy.Letter => "Per brief",
        InformedBy.Email => "Per e-mail",
        _ => i.ToString(),
    };

    public static string Label(this WithdrawalReason r) => r switch
    {
        WithdrawalReason.OwnRequest => "Op eigen verzoek",
        WithdrawalReason.FoundWork => "Werk gevonden",
        WithdrawalReason.NoLongerEligible => "Valt niet meer onder de regeling",
        WithdrawalReason.Moved => "Verhuisd naar een andere regio",
        WithdrawalReason.Other => "Andere reden",
        _ => r.ToString(),
    };

    public static string Label(this EducationLevel l) => l switch
    {
        EducationLevel.PrimaryOnly => "Basisonderwijs",
        EducationLevel.Vmbo => "vmbo",
        EducationLevel.Havo => "havo",
        EducationLevel.Vwo => "vwo",
        EducationLevel.Mbo1 => "mbo niveau 1",
        EducationLevel.Mbo2 => "mbo niveau 2",
        EducationLevel.Mbo3 => "mbo niveau 3",
        EducationLevel.Mbo4 => "mbo niveau 4",
        EducationLevel.Hbo => "hbo",
        EducationLevel.Wo => "wo",
        _ => l.ToString(),
    };

    public static string Label(this WorkStatus w) => w switch
    {
        WorkStatus.Employed => "In dienst",
        WorkStatus.AtRiskOfRedundancy => "Met ontslag bedreigd",
        WorkStatus.Unemployed => "Werkloos",
        WorkStatus.SelfEmployed => "Zelfstandige",
        WorkStatus.InEducation => "In opleiding",
        _ => w.ToString(),
    };

    public static string Label(this MediationKind k) => k switch
    {
        MediationKind.Intake => "Intakegesprek",
        MediationKind.CareerAdvice => "Loopbaanadvies",
        MediationKind.VacancyReferral => "Vacature voorgesteld",
        MediationKind.Application => "Sollicitatie",
        MediationKind.JobInterview => "Sollicitatiegesprek",
        MediationKind.Placement => "Plaatsing",
        _ => k.ToString(),
    };

    public static string Label(this MediationOutcome o) => o switch
    {
        MediationOutcome.Pending => "Loopt nog",
        MediationOutcome.Positive => "Positief",
        MediationOutcome.Negative => "Negatief",
        MediationOutcome.Placed => "Geplaatst",
        _ => o.ToString(),
    };

    public static string Label(this ServiceType t) => t switch
    {
        ServiceType.Werkfitbehoud => "Dienstverlening werkfitbehoud",
        ServiceType.AanvullendeCrisisdienstverlening => "Aanvullende crisisdienstverlening",
        ServiceType.ScholingPraktijkleren => "Scholing via praktijkleren in het mbo",
        _ => t.ToString(),
    };

    public static string Label(this RoutePhase p) => p switch
    {
        RoutePhase.Registered => "Aangemeld",
        RoutePhase.Intake => "Intake",
        RoutePhase.Plan => "Plan",
        RoutePhase.Execution => "Uitvoering",
        RoutePhase.Completed => "Afgerond",
        RoutePhase.Aborted => "Afgebroken",
        _ => p.ToString(),
    };

    public static string Label(this RouteOutcome o) => o switch
    {
        RouteOutcome.KeptJob => "Werk behouden",
        RouteOutcome.OtherJobFound => "Ander werk gevonden",
        RouteOutcome.TrainingCompleted => "Scholing afgerond",
        RouteOutcome.Referred => "Doorverwezen",
        RouteOutcome.NoResult => "Geen resultaat",
        RouteOutcome.StartedOwnBusiness => "Als zelfstandige begonnen",
        _ => o.ToString(),
    };

    public static string Label(this RouteAbortReason r) => r switch
    {
        RouteAbortReason.OwnRequest => "Op eigen verzoek",
        RouteAbortReason.NoContact => "Geen contact meer",
        RouteAbortReason.NoLongerEligible => "Valt niet meer onder de regeling",
        RouteAbortReason.Moved => "Verhuisd naar een andere regio",
        RouteAbortReason.ParticipationWithdrawn => "Deelname beëindigd",
        RouteAbortReason.Other => "Andere reden",
        _ => r.ToString(),
    };
}
