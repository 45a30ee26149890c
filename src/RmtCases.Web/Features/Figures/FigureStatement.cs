using System.Data.Common;

namespace RmtCases.Web.Features.Figures;

/// <summary>One figure's query in the page's batch, and what each row it returns adds to the counts.</summary>
internal sealed record FigureStatement(string Sql, Action<DbDataReader> Row, params (string Name, object Value)[] Parameters);
