using RmtCases.Domain.Access;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Pdf;

namespace RmtCases.Web.Features.Exchange;

/// <summary>What leaves the system about one participant, and for whom; the document is laid out by the caller.</summary>
public sealed record ExportRequest(
    ExportKind Kind,
    string AuditAction,
    Guid ParticipantId,
    int RegionId,
    Guid RecipientOrganisationId,
    ExportPurpose Purpose,
    IReadOnlyList<Category> Categories);
