using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace RmtCases.Web.Features.Home;

/// <summary>
/// Constants in the SQL. EF Core sends the count of a top-level Take (or Skip) as a
/// parameter, and PostgreSQL's generic plan for a prepared statement then guesses a tenth of the rows for it: costed
/// above the plans for the actual values, it is never chosen, so such a statement is planned again on every
/// execution (through the row-level-security policies, 0.5–1 ms each; <c>bench explain</c> lists them). A call of
/// <see cref="EF.Constant{T}"/> in the expression tree keeps the count out of the parameters; written as C#, the
/// argument of Take would be evaluated before EF Core sees it. Inside a lambda a literal does the same and keeps the
/// SQL cached (<see cref="WithLiteralConstants"/>).
/// </summary>
public static class ConstantLimits
{
    private static readonly MethodInfo _take = new Func<IQueryable<object>, int, IQueryable<object>>(Queryable.Take).Method.GetGenericMethodDefinition();

    private static readonly MethodInfo _constant = new Func<int, int>(EF.Constant).Method;

    public static IQueryable<T> TakeConstant<T>(this IQueryable<T> source, int count) => Call(source, _take, count);

    /// <summary>
    /// <paramref name="query"/> with each <see cref="EF.Constant{T}"/> inside a lambda (a date in a condition, say)
    /// replaced by its value as a literal of the expression tree. EF Core writes both as a constant in the SQL, but an
    /// <see cref="EF.Constant{T}"/> only when it generates the SQL, so it generates it again on every execution, one
    /// request at a time under a lock per query (the home page's signal counts: 10% of its application CPU in a
    /// profile at 16 clients, the lock spinning). A literal is part of the query's cache key: one compiled query per
    /// value, its SQL generated once. A Take or Skip outside any lambda stays as it is: EF Core makes a parameter of
    /// a literal there.
    /// </summary>
    public static IQueryable<T> WithLiteralConstants<T>(this IQueryable<T> query) =>
        query.Provider.CreateQuery<T>(new LiteralConstants().Visit(query.Expression));

    private sealed class LiteralConstants : ExpressionVisitor
    {
        private int _lambdas;

        protected override Expression VisitLambda<TDelegate>(Expression<TDelegate> node)
        {
            _lambdas++;
            try
            {
                return base.VisitLambda(node);
            }
            finally
            {
                _lambdas--;
            }
        }

        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            _lambdas > 0 && node.Method.DeclaringType == typeof(EF) && node.Method.Name == nameof(EF.Constant)
                ? Expression.Constant(Value(node.Arguments[0]), node.Type)
                : base.VisitMethodCall(node);

        // What EF.Constant is given here: a local captured by the lambda (a field of its closure) or a literal.
        private static object? Value(Expression argument) => argument switch
        {
            ConstantExpression constant => constant.Value,
            MemberExpression { Expression: ConstantExpression closure, Member: FieldInfo field } => field.GetValue(closure.Value),
            _ => throw new NotSupportedException("EF.Constant is given a local variable or a literal here."),
        };
    }

    private static IQueryable<T> Call<T>(IQueryable<T> source, MethodInfo method, int count) =>
        source.Provider.CreateQuery<T>(Expression.Call(
            method.MakeGenericMethod(typeof(T)), source.Expression, Expression.Call(_constant, Expression.Constant(count))));
}
