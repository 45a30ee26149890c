using System.ComponentModel.DataAnnotations;

namespace RmtCases.Web.Features.WageValue;

/// <summary>One configured row of the minimum wage table: gross per hour, 21 and older.</summary>
public sealed class MinimumWageRow
{
    public DateOnly ValidFrom { get; set; }

    [Range(typeof(decimal), "0.01", "100")]
    public decimal HourlyAmount { get; set; }
}
