namespace RmtCases.Domain.Participants;

/// <summary>The services of the Tijdelijke regeling aanvullende crisisdienstverlening COVID-19.</summary>
public enum ServiceType
{
    Werkfitbehoud = 1,
    AanvullendeCrisisdienstverlening = 2,
    ScholingPraktijkleren = 3,
}
