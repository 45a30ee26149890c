namespace RmtCases.Web.Features.Retention;

public sealed record PurgeSettings(DateOnly Today, DateOnly EndDate, int WithdrawalGraceDays, int BatchSize);
