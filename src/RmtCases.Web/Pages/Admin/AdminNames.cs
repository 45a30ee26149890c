using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.WageValue;

namespace RmtCases.Web.Pages.Admin;

/// <summary>
/// Dutch names of what the administration pages show: the codes of the audit trail and the retention dry run
/// (roles and organisation types: <see cref="AccessLabels"/>). One map, so a code never reaches the screen in its developer's spelling.
/// </summary>
public static class AdminNames
{
    /// <summary>The role the purge writes when nobody started it.</summary>
    public const string SystemRole = "System";

    private static readonly Dictionary<string, string> _actions = new(StringComparer.Ordinal)
    {
        [AuditActions.SignInSucceeded] = "Ingelogd",
        [AuditActions.SignInFailed] = "Inloggen mislukt",
        [AuditActions.SignOut] = "Uitgelogd",
        [AuditActions.DeclarationAccepted] = "Geheimhoudingsverklaring geaccepteerd",
        [AuditActions.ParticipantViewed] = "Dossier ingezien",
        [AuditActions.ParticipantListed] = "Deelnemerslijst of zoekresultaat bekeken",
        [AuditActions.ParticipantCreated] = "Deelnemer geregistreerd",
        [AuditActions.ParticipantChanged] = "Dossier gewijzigd",
        [AuditActions.ParticipantWithdrawn] = "Deelname beëindigd",
        [AuditActions.ParticipantRestored] = "Beëindiging van deelname ongedaan gemaakt",
        [AuditActions.InvolvementAdded] = "Organisatie betrokken bij dossier",
        [AuditActions.InvolvementEnded] = "Betrokkenheid van organisatie beëindigd",
        [AuditActions.AccessRefused] = "Toegang geweigerd",
        [AuditActions.ExportCreated] = "Gegevens gedeeld (versleutelde pdf gemaakt)",
        [AuditActions.ExportRefused] = "Delen geweigerd",
        [AuditActions.ExportDownloaded] = "Versleutelde pdf gedownload",
        [AuditActions.SubjectAccessReport] = "Inzageverzoek: overzicht gemaakt",
        [AuditActions.RecipientsNotified] = "Ontvangers op de hoogte gebracht",
        [AuditActions.AccountChanged] = "Account gewijzigd",
        [AuditActions.OrganisationCreated] = "Organisatie toegevoegd",
        [AuditActions.SignInProviderChanged] = "Inloggen via eigen organisatie ingesteld",
        [AuditActions.BudgetChanged] = "Budget ingevoerd",
        [AuditActions.AuditViewed] = "Logboek geraadpleegd",
        [AuditActions.Purge] = "Vernietiging",
        [AuditActions.RoutePhaseChanged] = "Fase van het traject gewijzigd",
        [AuditActions.CaseTaken] = "Zaak in behandeling genomen",
        [AuditActions.CaseHandedOver] = "Zaak overgedragen aan een collega",
        [AuditActions.CaseReleased] = "Zaak vrijgegeven",
        [AuditActions.PlanChanged] = "Doel van het trajectplan gekozen",
        [AuditActions.PlanActionAdded] = "Actie toegevoegd aan het trajectplan",
        [AuditActions.PlanActionChanged] = "Status van een actie gewijzigd",
        [AuditActions.PlanTemplateApplied] = "Sjabloon toegepast op het trajectplan",
        [AuditActions.ActionCatalogueChanged] = "Actiecatalogus gewijzigd",
        [WageValueAuditActions.Listed] = "Loonwaardemetingen bekeken",
        [WageValueAuditActions.Viewed] = "Loonwaardemeting ingezien",
        [WageValueAuditActions.Created] = "Loonwaardemeting aangemaakt",
        [WageValueAuditActions.Changed] = "Loonwaardemeting gewijzigd",
        [WageValueAuditActions.Finalised] = "Loonwaardemeting definitief gemaakt",
        [WageValueAuditActions.Corrected] = "Loonwaardemeting gecorrigeerd",
        [WageValueAuditActions.Decided] = "Loonwaarde vastgesteld door het college",
        [WageValueAuditActions.Report] = "Loonwaarderapport gemaakt",
        [WageValueAuditActions.ReportDownloaded] = "Loonwaarderapport gedownload",
    };

    /// <summary>The codes that have a Dutch name; the audit filter offers these, and a test holds every action constant to it.</summary>
    public static IReadOnlyCollection<string> KnownActions => _actions.Keys;

    /// <summary>The Dutch name of an audit action; an unknown code is shown as it is rather than hidden.</summary>
    public static string ActionLabel(string action) => _actions.GetValueOrDefault(action, action);

    public static string OutcomeLabel(string outcome) => outcome switch
    {
        AuditOutcomes.Success => "Gelukt",
        AuditOutcomes.Refused => "Geweigerd",
        AuditOutcomes.Failed => "Mislukt",
        _ => outcome,
    };

    /// <summary>The audit trail stores the role and organisation type as their code names.</summary>
    public static string RoleLabel(string? role) => role switch
    {
        null => DutchFormat.Missing,
        SystemRole => "Systeem (automatisch)",
        _ => Enum.TryParse<Role>(role, out var parsed) ? parsed.Dutch() : role,
    };

    public static string OrganisationTypeLabel(string? type) =>
        type is null ? DutchFormat.Missing : Enum.TryParse<OrganisationType>(type, out var parsed) ? parsed.Dutch() : type;

    // In the order of the category list (a–g), then what is not a category.
    private static readonly (string Table, string Label)[] _tables =
    [
        ("participants", "Persoonsgegevens (a): deelnemers"),
        ("education_entries", "Opleidingsgegevens (b)"),
        ("work_history_entries", "Arbeidsverleden (c)"),
        ("current_situation", "Huidige arbeidssituatie (d)"),
        ("mediation_activities", "Arbeidsmarktbemiddeling (e)"),
        ("service_deliveries", "Inzet aanvullende crisisdienstverlening (f)"),
        ("banenafspraak_indications", "Banenafspraak-indicatie (g)"),
        ("route_phase_changes", "Arbeidsmarktbemiddeling (e): fasen van het traject"),
        ("route_plans", "Arbeidsmarktbemiddeling (e): trajectplannen"),
        ("plan_actions", "Arbeidsmarktbemiddeling (e): acties van het plan"),
        ("case_involvements", "Betrokkenheid van organisaties"),
        ("case_assignments", "Casehouders"),
        ("export_records", "Exportregistraties (losgekoppeld van de deelnemer)"),
        ("wage_value_assessments", "Loonwaardemetingen"),
    ];

    /// <summary>What a table of the retention dry run holds, in the words of the category list.</summary>
    public static string TableLabel(string table) => Array.Find(_tables, t => t.Table == table).Label ?? table;

    public static int TableOrder(string table) => Array.FindIndex(_tables, t => t.Table == table) is var i and >= 0 ? i : int.MaxValue;
}
