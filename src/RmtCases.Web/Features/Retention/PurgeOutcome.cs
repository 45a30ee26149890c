namespace RmtCases.Web.Features.Retention;

/// <summary>What a purge did; <paramref name="AlreadyDone"/>: a daily purge another instance completed already, so nothing ran.</summary>
public sealed record PurgeOutcome(Guid RunId, bool AlreadyRunning, IReadOnlyDictionary<string, long> Rows, Guid? CertificateId, bool AlreadyDone = false);
