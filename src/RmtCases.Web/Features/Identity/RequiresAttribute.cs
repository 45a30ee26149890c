using RmtCases.Domain.Access;
using RmtCases.Domain.Participants;

namespace RmtCases.Web.Features.Identity;

/// <summary>
/// What a page (on the class) or one handler (on the method) needs beyond its folder's gate; checked by
/// <see cref="PageGate"/> before the handler runs, answered by <see cref="AccessPolicy.Allows"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequiresAttribute(Requirement requirement) : Attribute
{
    public Requirement Requirement => requirement;

    /// <summary>For <see cref="Requirement.Edit"/>: the category the page changes.</summary>
    public Category Category { get; init; } = Category.Person;
}
