namespace RmtCases.Domain.WageValue;

/// <summary>
/// What a worker or employer did with the opportunity to give their view (zienswijze) on the findings
/// (Besluit loonkostensubsidie Participatiewet 2021, art. 3(3)(d)). A list, not free text: the view's
/// substance stays with the party; the register needs only whether and how they were heard.
/// </summary>
public enum ViewOutcome
{
    Agrees = 1,
    DisagreesInPart = 2,
    Disagrees = 3,
    Waived = 4,
}
