using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Features.Audit;

public static class AuditOutcomes
{
    public const string Success = "success";
    public const string Refused = "refused";
    public const string Failed = "failed";
}
