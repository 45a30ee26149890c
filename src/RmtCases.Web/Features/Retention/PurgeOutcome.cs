namespace RmtCases.Web.Features.Retention;

public sealed record PurgeOutcome(Guid RunId, bool AlreadyRunning, IReadOnlyDictionary<string, long> Rows, Guid? CertificateId);
