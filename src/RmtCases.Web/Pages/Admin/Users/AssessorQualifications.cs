using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.WageValue;

namespace RmtCases.Web.Pages.Admin.Users;

/// <summary>
/// An assessor's qualifications as the account page reads and records them (Regeling loonkostensubsidie
/// Participatiewet 2021, art. 3): one row per assessor, with who recorded it and when, and its audit row.
/// </summary>
internal static class AssessorQualifications
{
    public static Task<AssessorQualification?> FindAsync(RmtDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.AssessorQualifications.AsNoTracking().SingleOrDefaultAsync(q => q.UserId == userId, cancellationToken);

    /// <summary>Records a validated form, in place of what was recorded before.</summary>
    public static async Task RecordAsync(
        RmtDbContext db, AuditLog audit, Guid userId, AssessorQualificationInput input, Guid recordedBy, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var recorded = await db.AssessorQualifications.SingleOrDefaultAsync(q => q.UserId == userId, cancellationToken);
        if (recorded is null)
        {
            recorded = new AssessorQualification { UserId = userId, DiplomaTitle = "" };
            db.AssessorQualifications.Add(recorded);
        }

        input.ApplyTo(recorded);
        recorded.RecordedByUserId = recordedBy;
        recorded.RecordedAt = at;
        audit.Add(AuditActions.AccountChanged, subjectId: userId, fields: ["assessor_qualification"]);
        await db.SaveChangesAsync(cancellationToken);
    }
}
