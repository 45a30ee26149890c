namespace RmtCases.Domain.Access;

/// <summary>Which participants a query may return for an actor.</summary>
public enum ParticipantScope
{
    /// <summary>No participant at all.</summary>
    None = 0,

    /// <summary>Every participant of the actor's own region.</summary>
    Region = 1,

    /// <summary>Participants of the actor's region whose case the actor's organisation is involved in.</summary>
    Involvement = 2,
}
