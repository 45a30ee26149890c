using RmtCases.Domain.Audit;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Features.Audit;

/// <summary>
/// Writes the access log. Ids and field names only, never values. <see cref="Add"/> joins the caller's
/// unit of work, so a change and its audit row commit together; <see cref="RecordAsync"/> saves at once.
/// </summary>
public sealed class AuditLog(RmtDbContext db, IHttpContextAccessor http)
{
    public AuditEvent Add(
        string action,
        Guid? participantId = null,
        IEnumerable<Category>? categories = null,
        IEnumerable<string>? fields = null,
        string? purpose = null,
        string outcome = AuditOutcomes.Success,
        Guid? userId = null,
        Guid? subjectId = null)
    {
        var context = http.HttpContext;
        var actor = context is null ? null : CurrentActor.FromClaims(context.User);
        var entry = new AuditEvent
        {
            UserId = userId ?? actor?.UserId,
            OrganisationId = actor?.OrganisationId,
            OrganisationType = actor?.OrganisationType.ToString(),
            Role = actor?.Role.ToString(),
            Action = action,
            ParticipantId = participantId,
            SubjectId = subjectId,
            Categories = categories is null ? null : Domain.Participants.Categories.ToLetters(categories),
            Fields = fields is null ? null : string.Join(',', fields.Order(StringComparer.Ordinal)),
            Purpose = purpose,
            CorrelationId = context?.TraceIdentifier,
            ClientIp = context?.Connection.RemoteIpAddress?.ToString(),
            Outcome = outcome,
        };
        db.AuditEvents.Add(entry);
        return entry;
    }

    public async Task RecordAsync(
        string action,
        Guid? participantId = null,
        IEnumerable<Category>? categories = null,
        IEnumerable<string>? fields = null,
        string? purpose = null,
        string outcome = AuditOutcomes.Success,
        Guid? userId = null,
        Guid? subjectId = null,
        CancellationToken cancellationToken = default)
    {
        Add(action, participantId, categories, fields, purpose, outcome, userId, subjectId);
        await db.SaveChangesAsync(cancellationToken);
    }
}
