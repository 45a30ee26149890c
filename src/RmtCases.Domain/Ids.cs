using UUIDNext;

namespace RmtCases.Domain;

public static class Ids
{
    // Version 7: time-ordered for index locality, yet not guessable like a sequence.
    public static Guid New() => Uuid.NewDatabaseFriendly(Database.PostgreSql);
}
