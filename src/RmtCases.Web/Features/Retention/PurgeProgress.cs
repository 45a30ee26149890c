namespace RmtCases.Web.Features.Retention;

public sealed record PurgeProgress(int Batches, long Participants);
