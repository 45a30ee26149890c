using System.Reflection;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Retention;
using RmtCases.Web.Features.WageValue;
using RmtCases.Web.Pages.Admin;

namespace RmtCases.Web.Tests.Admin;

/// <summary>The one label map of the administration pages covers every code they can show.</summary>
public sealed class AdminNamesTests
{
    public static TheoryData<string> Actions()
    {
        var data = new TheoryData<string>();
        foreach (var type in new[] { typeof(AuditActions), typeof(WageValueAuditActions) })
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            {
                data.Add((string)field.GetValue(null)!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void Every_audit_action_has_a_Dutch_name(string action)
    {
        var label = AdminNames.ActionLabel(action);
        label.Should().NotBe(action);
        label.Should().NotContain(".").And.NotContain("_");
    }

    [Fact]
    public void Every_role_outcome_and_organisation_type_has_a_Dutch_name()
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            AdminNames.RoleLabel(role.ToString()).Should().NotBe(role.ToString());
        }

        foreach (var type in Enum.GetValues<OrganisationType>())
        {
            AdminNames.OrganisationTypeLabel(type.ToString()).Should().NotBe(type.ToString());
        }

        AdminNames.RoleLabel(AdminNames.SystemRole).Should().Be("Systeem (automatisch)");
        foreach (var outcome in new[] { AuditOutcomes.Success, AuditOutcomes.Refused, AuditOutcomes.Failed })
        {
            AdminNames.OutcomeLabel(outcome).Should().NotBe(outcome);
        }
    }

    [Fact]
    public void Every_table_of_the_dry_run_has_a_Dutch_name()
    {
        var tables = PurgeEngine.Tables.Select(t => t.Table).Append(PurgeEngine.ParticipantsTable).Append("current_situation").Append("export_records");
        foreach (var table in tables)
        {
            AdminNames.TableLabel(table).Should().NotBe(table).And.NotContain("_");
        }
    }
}
