namespace RmtCases.Web.Features.Retention;

/// <summary>Retention settings, shown to administrators with their source at /beheer/bewaartermijnen.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Tijdelijke regeling aanvullende crisisdienstverlening COVID-19, art. 27; AP advice z2021-2117.</summary>
    public DateOnly EndDate { get; set; } = new(2023, 1, 1);

    public int WithdrawalGraceDays { get; set; } = 28;

    /// <summary>On in Production: the law sets the date, so no approval is needed.</summary>
    public bool AutomaticPurge { get; set; } = true;

    /// <summary>Local time of day (Europe/Amsterdam) at which the automatic purge runs.</summary>
    public TimeOnly DailyTime { get; set; } = new(2, 30);

    public int BatchSize { get; set; } = 500;

    /// <summary>A pause after each batch, to leave the database room for daytime work; none by default.</summary>
    public TimeSpan PauseBetweenBatches { get; set; } = TimeSpan.Zero;

    /// <summary>The audit trail's own retention, separate from the personal data it refers to by id.</summary>
    public int AuditRetentionYears { get; set; } = 5;

    public static readonly IReadOnlyDictionary<string, string> Sources = new Dictionary<string, string>
    {
        [nameof(EndDate)] = "Tijdelijke regeling aanvullende crisisdienstverlening COVID-19, art. 27; AP-advies z2021-2117",
        [nameof(WithdrawalGraceDays)] = "Beleid RMT: na beëindiging van de deelname, tijd om lopende afspraken af te ronden",
        [nameof(AutomaticPurge)] = "Aan in productie: de wet bepaalt de einddatum, dus zonder tweede akkoord",
        [nameof(DailyTime)] = "Beleid functioneel beheer",
        [nameof(BatchSize)] = "Techniek: één transactie per batch, zodat niemand half gewist wordt",
        [nameof(AuditRetentionYears)] = "Beleid informatiebeveiliging, in de geest van NEN 7513",
    };
}
