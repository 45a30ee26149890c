using System.ComponentModel.DataAnnotations;
using RmtCases.Domain.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>The caseworker's search, as typed (<see cref="IndexModel"/>); stored as JSON in a saved search, never in a URL.</summary>
public sealed record ParticipantSearch
{
    [Display(Name = "Achternaam")]
    public string? Name { get; set; }

    [Display(Name = "Voornaam")]
    public string? GivenName { get; set; }

    [Display(Name = "Postcode")]
    public string? Postcode { get; set; }

    [Display(Name = "Geboortedatum")]
    public string? DateOfBirth { get; set; }

    [Display(Name = "Status")]
    public ParticipantStatus? Status { get; set; }

    [Display(Name = "Dienstverlening")]
    public ServiceType? ServiceType { get; set; }

    [Display(Name = "Fase van het traject")]
    public RoutePhase? Phase { get; set; }

    [Display(Name = "Sorteren op")]
    public ParticipantSortOrder? Sort { get; set; }
}
