using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;

namespace RmtCases.Web.Features.Identity;

public sealed class ConfidentialityAcceptance
{
    public Guid Id { get; set; } = Domain.Ids.New();
    public Guid UserId { get; set; }
    public required string Version { get; set; }
    public DateTimeOffset AcceptedAt { get; set; }
}
