using System.ComponentModel.DataAnnotations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Forms;

namespace RmtCases.Web.Pages.Participants;

/// <summary>The form of the banenafspraak indication (category g), as typed.</summary>
public sealed record IndicationInput
{
    [Display(Name = "Hoort de deelnemer bij de doelgroep banenafspraak?")]
    public bool? InTargetGroup { get; set; }

    [Display(Name = "Vastgesteld op")]
    public string? RegisteredOn { get; set; }

    public static IndicationInput From(BanenafspraakIndication? b) => b is null ? new() : new()
    {
        InTargetGroup = b.InTargetGroup,
        RegisteredOn = Show.Iso(b.RegisteredOn),
    };
}
