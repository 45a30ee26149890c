using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace RmtCases.Web.Features.Home;

/// <summary>
/// Skip and Take whose count is a constant in the SQL. EF Core sends the count of a top-level Skip or Take as a
/// parameter, and PostgreSQL's generic plan for a prepared statement then guesses a tenth of the rows for it: costed
/// above the plans for the actual values, it is never chosen, so such a statement is planned again on every
/// execution (through the row-level-security policies, 0.5–1 ms each; <c>bench explain</c> lists them). A call of
/// <see cref="EF.Constant{T}"/> in the expression tree keeps the count out of the parameters; written as C#, the
/// argument of Take would be evaluated before EF Core sees it.
/// </summary>
public static class ConstantLimits
{
    private static readonly MethodInfo _take = new Func<IQueryable<object>, int, IQueryable<object>>(Queryable.Take).Method.GetGenericMethodDefinition();

    private static readonly MethodInfo _skip = new Func<IQueryable<object>, int, IQueryable<object>>(Queryable.Skip).Method.GetGenericMethodDefinition();

    private static readonly MethodInfo _constant = new Func<int, int>(EF.Constant).Method;

    public static IQueryable<T> TakeConstant<T>(this IQueryable<T> source, int count) => Call(source, _take, count);

    public static IQueryable<T> SkipConstant<T>(this IQueryable<T> source, int count) => Call(source, _skip, count);

    private static IQueryable<T> Call<T>(IQueryable<T> source, MethodInfo method, int count) =>
        source.Provider.CreateQuery<T>(Expression.Call(
            method.MakeGenericMethod(typeof(T)), source.Expression, Expression.Call(_constant, Expression.Constant(count))));
}
