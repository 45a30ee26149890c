using System.ComponentModel.DataAnnotations;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Validation;
using RmtCases.Web.Features.Forms;

namespace RmtCases.Web.Pages.Participants;

/// <summary>The form of one service delivery (category f), as typed.</summary>
public sealed record ServiceInput
{
    [Display(Name = "Dienst")]
    public ServiceType? ServiceType { get; set; }

    [Display(Name = "Aanbieder")]
    public Guid? ProviderId { get; set; }

    [Display(Name = "Begindatum")]
    public string? StartDate { get; set; }

    [Display(Name = "Einddatum")]
    public string? EndDate { get; set; }

    [Display(Name = "Kosten in euro")]
    [NoBsnCheck]
    public string? Cost { get; set; }

    public static ServiceInput From(ServiceDelivery s) => new()
    {
        ServiceType = s.ServiceType,
        ProviderId = s.ProviderOrganisationId,
        StartDate = Show.Iso(s.StartDate),
        EndDate = Show.Iso(s.EndDate),
        Cost = Show.MoneyInput(s.Cost),
    };

    /// <param name="offered">The services the actor may register; anything else is answered as an unknown value.</param>
    /// <param name="inTargetGroup">The participant's banenafspraak indication, read only when werkfitbehoud is chosen.</param>
    public void Validate(FormRules.Errors errors, DateOnly today, IReadOnlyCollection<Guid> providers, IReadOnlyCollection<ServiceType> offered, bool? inTargetGroup)
    {
        if (ServiceType is null || !Enum.IsDefined(ServiceType.Value) || !offered.Contains(ServiceType.Value))
        {
            errors.Add(nameof(ServiceType), "Kies de dienst.");
        }
        else
        {
            errors.AddRange(ServiceDeliveryRules.Validate(ServiceType.Value, inTargetGroup, nameof(ServiceType)));
        }

        if (ProviderId is null || !providers.Contains(ProviderId.Value))
        {
            errors.Add(nameof(ProviderId), "Kies de aanbieder uit de lijst.");
        }

        var start = errors.Date(StartDate, nameof(StartDate), "Vul de begindatum in.");
        var end = errors.Date(EndDate, nameof(EndDate), "Vul de einddatum in.");
        if (start is { } s && end is { } e)
        {
            errors.AddRange(PeriodRule.Validate(s, e, today, startField: nameof(StartDate), endField: nameof(EndDate)));
        }

        errors.AddRange(Money.Validate(Cost, out _, nameof(Cost)));
    }

    public void ApplyTo(ServiceDelivery s)
    {
        s.ServiceType = ServiceType!.Value;
        s.ProviderOrganisationId = ProviderId!.Value;
        _ = FormRules.TryParseDate(StartDate, out var start);
        _ = FormRules.TryParseDate(EndDate, out var end);
        s.StartDate = start;
        s.EndDate = end;
        _ = Money.TryParse(Cost, out var cost);
        s.Cost = cost;
    }
}
