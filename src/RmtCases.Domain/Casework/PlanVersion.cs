using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace RmtCases.Domain.Casework;

/// <summary>
/// The version of a plan as one reader sees it: a digest of its goal and of the actions that reader may see, with
/// what can change about them. A stale form is one whose digest no longer matches. The plan row's xmin would say
/// more: it moves when an action of category g changes, which whoever may not see g must not be able to tell from a
/// new version number or a conflict.
/// </summary>
public static class PlanVersion
{
    /// <summary>What a form carries for a plan that, as its reader sees it, holds nothing (or does not exist).</summary>
    public const uint Empty = 0;

    public static uint Of(PlanGoal? goal, IEnumerable<(Guid Id, ActionStatus Status, Guid? ResponsibleUserId)> actions)
    {
        var text = new StringBuilder(goal is { } g ? ((int)g).ToString(System.Globalization.CultureInfo.InvariantCulture) : "-");
        var any = goal is not null;
        foreach (var (id, status, responsible) in actions.OrderBy(a => a.Id))
        {
            text.Append('|').Append(id.ToString("N")).Append(':').Append((int)status).Append(':').Append(responsible?.ToString("N"));
            any = true;
        }

        if (!any)
        {
            return Empty;
        }

        var version = BinaryPrimitives.ReadUInt32LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return version == Empty ? 1 : version;
    }
}
