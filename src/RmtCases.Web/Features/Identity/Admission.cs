using RmtCases.Domain.Access;

namespace RmtCases.Web.Features.Identity;

/// <summary>
/// What the <see cref="PageGate"/> let in, for the handlers of this request: the actor, and on a case-file
/// page the participant, already known to be in the actor's scope.
/// </summary>
public sealed class Admission
{
    private Actor? _actor;
    private Guid? _participantId;

    public Actor Actor => _actor ?? throw new InvalidOperationException("The page gate has not admitted this request.");

    public Guid ParticipantId => _participantId ?? throw new InvalidOperationException("This page has no participant in scope.");

    internal void Admit(Actor actor, Guid? participantId)
    {
        _actor = actor;
        _participantId = participantId;
    }
}
