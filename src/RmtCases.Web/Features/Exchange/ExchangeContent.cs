using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.Exchange;

/// <summary>
/// A participant's data for one export. A section is null when its category is not in the export, so it
/// was never read from the database either.
/// </summary>
public sealed record ExchangeContent(
    PersonDetails? Person = null,
    IReadOnlyList<EducationEntry>? Education = null,
    IReadOnlyList<WorkHistoryEntry>? WorkHistory = null,
    CurrentSituation? CurrentSituation = null,
    bool CurrentSituationIncluded = false,
    IReadOnlyList<MediationRow>? Mediation = null,
    RouteContent? Route = null,
    IReadOnlyList<ServiceDeliveryRow>? ServiceDeliveries = null,
    BanenafspraakRow? Banenafspraak = null,
    bool BanenafspraakIncluded = false);
