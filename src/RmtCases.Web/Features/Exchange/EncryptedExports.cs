using System.Security.Cryptography;
using RmtCases.Domain.Access;
using RmtCases.Domain.Exchange;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Pdf;

namespace RmtCases.Web.Features.Exchange;

/// <summary>
/// The one pipeline for every encrypted file leaving the system (exchange, subject access report, wage-value
/// reports): render, encrypt under a fresh password (AES-256, revision 6), record who sent what to whom and why
/// with the file's SHA-256, keep the file for its one download at <see cref="DownloadEndpoint"/>, and audit it,
/// all in one transaction under the per-user export lock and the kind's hourly cap (<see cref="ExportKinds"/>).
/// </summary>
public sealed class EncryptedExports(RmtDbContext db, AuditLog audit, ExportCap cap, TimeProvider time, ILogger<EncryptedExports> logger)
{
    /// <summary>
    /// Makes the export, or returns null when the user reached the export cap meanwhile (the caller records
    /// the refusal). <paramref name="layout"/> gets the reference and the moment, which the document prints.
    /// </summary>
    public async Task<EncryptedExport?> CreateAsync(
        Actor actor, ExportRequest request, Func<string, DateTimeOffset, PdfReport> layout, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var reference = ExportReference.New(request.Kind, now);
        var password = ExportPassword.Generate();
        var encrypted = QpdfEncryptor.Encrypt(PdfRenderer.Render(layout(reference, now)), password);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await cap.LockUserAsync(actor.UserId, cancellationToken);
        if (await cap.IsReachedAsync(actor.UserId, request.Kind, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return null;
        }

        var record = new ExportRecord
        {
            Reference = reference,
            Kind = request.Kind,
            SenderUserId = actor.UserId,
            SenderOrganisationId = actor.OrganisationId,
            RecipientOrganisationId = request.RecipientOrganisationId,
            ParticipantId = request.ParticipantId,
            WageValueAssessmentId = request.WageValueAssessmentId,
            RegionId = request.RegionId,
            Purpose = request.Purpose,
            Categories = Domain.Participants.Categories.ToLetters(request.Categories),
            CreatedAt = now,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(encrypted)),
            SizeBytes = encrypted.LongLength,
        };
        var download = new PendingDownload
        {
            UserId = actor.UserId,
            ExportRecordId = record.Id,
            FileName = request.FileName(reference),
            Content = encrypted,
            ExpiresAt = now + DownloadEndpoint.Lifetime,
        };
        await DownloadEndpoint.DeleteExpiredAsync(db, now, cancellationToken);
        db.ExportRecords.Add(record);
        db.PendingDownloads.Add(download);
        audit.Add(
            ExportKinds.CreatedAction(request.Kind), request.ParticipantId, request.Categories.Count == 0 ? null : request.Categories,
            purpose: request.Purpose, subjectId: request.WageValueAssessmentId ?? record.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Ids and letters only: never the purpose, a name or the password.
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation(
                "Export {ExportRecordId} ({ExportKind}) of participant {ParticipantId} to organisation {RecipientOrganisationId} with categories {Categories}",
                record.Id, record.Kind, request.ParticipantId, request.RecipientOrganisationId, record.Categories);
        }

        return new EncryptedExport(record.Id, reference, password, DownloadEndpoint.PathFor(download.Id), download.ExpiresAt);
    }
}
