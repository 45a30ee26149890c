using RmtCases.Domain.Participants;

namespace RmtCases.Domain.Retention;

/// <summary>When a participant's personal data must be erased.</summary>
public static class RetentionRules
{
    /// <summary>
    /// AP z2021-2117: the personal data is kept no longer than the regulation's end date
    /// (Tijdelijke regeling aanvullende crisisdienstverlening COVID-19, art. 27). A withdrawn
    /// participant's data goes earlier, after the grace period.
    /// </summary>
    public static bool IsDue(DateOnly today, DateOnly endDate, int withdrawalGraceDays, ParticipantStatus status, DateOnly? withdrawnOn) =>
        today >= endDate
        || (status == ParticipantStatus.Withdrawn && withdrawnOn is { } on && on.AddDays(withdrawalGraceDays) <= today);

    /// <summary>
    /// The latest withdrawal date whose grace period has ended by <paramref name="day"/>: the withdrawal half of
    /// <see cref="IsDue"/> as a bound a query can use on the withdrawal date.
    /// </summary>
    public static DateOnly WithdrawnOnOrBeforeIsDueBy(DateOnly day, int withdrawalGraceDays) => day.AddDays(-withdrawalGraceDays);

    /// <summary>The date on which the data will be erased, as shown in the case file.</summary>
    public static DateOnly ErasureDate(DateOnly endDate, int withdrawalGraceDays, DateOnly? withdrawnOn) =>
        withdrawnOn is { } on && on.AddDays(withdrawalGraceDays) < endDate ? on.AddDays(withdrawalGraceDays) : endDate;

    /// <summary>"2022-K3": the settlement is per quarter of the delivery's start.</summary>
    public static string Quarter(DateOnly date) => $"{date.Year}-K{(date.Month - 1) / 3 + 1}";
}
