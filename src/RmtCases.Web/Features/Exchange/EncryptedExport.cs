using RmtCases.Domain.Access;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Pdf;

namespace RmtCases.Web.Features.Exchange;

/// <summary>What an export made: the password is shown this once and never stored.</summary>
public sealed record EncryptedExport(Guid ExportRecordId, string Reference, string Password, string DownloadUrl, DateTimeOffset ExpiresAt);
