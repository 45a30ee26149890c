namespace RmtCases.Domain.Casework;

/// <summary>Why a case held by a colleague is moved; chosen from a list, kept in the audit trail as a code.</summary>
public enum AssignmentReason
{
    Absence = 1,
    Workload = 2,
    Expertise = 3,
    ParticipantRequest = 4,
    LeftOrganisation = 5,
}
