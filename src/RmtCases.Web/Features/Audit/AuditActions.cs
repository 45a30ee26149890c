using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Features.Audit;

public static class AuditActions
{
    public const string SignInSucceeded = "signin.succeeded";
    public const string SignInFailed = "signin.failed";
    public const string SignOut = "signout";
    public const string DeclarationAccepted = "declaration.accepted";
    public const string ParticipantViewed = "participant.viewed";
    public const string ParticipantListed = "participant.listed";
    public const string ParticipantCreated = "participant.created";
    public const string ParticipantChanged = "participant.changed";
    public const string ParticipantWithdrawn = "participant.withdrawn";
    public const string ParticipantRestored = "participant.restored";
    public const string InvolvementAdded = "participant.involvement_added";
    public const string InvolvementEnded = "participant.involvement_ended";
    public const string AccessRefused = "access.refused";
    public const string ExportCreated = "export.created";
    public const string ExportRefused = "export.refused";
    public const string ExportDownloaded = "export.downloaded";
    public const string SubjectAccessReport = "participant.subject_access_report";
    public const string RecipientsNotified = "participant.recipients_notified";
    public const string AccountChanged = "account.changed";
    public const string OrganisationCreated = "organisation.created";
    public const string SignInProviderChanged = "organisation.sign_in_provider_changed";
    public const string BudgetChanged = "budget.changed";
    public const string AuditViewed = "audit.viewed";
    public const string Purge = "retention.purge";
    public const string RoutePhaseChanged = "route.phase_changed";
    public const string CaseTaken = "case.taken";
    public const string CaseHandedOver = "case.handed_over";
    public const string CaseReleased = "case.released";
    public const string PlanChanged = "plan.changed";
    public const string PlanActionAdded = "plan.action_added";
    public const string PlanActionChanged = "plan.action_changed";
    public const string PlanTemplateApplied = "plan.template_applied";
    public const string ActionCatalogueChanged = "catalogue.changed";
}
