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
}
