using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Query;

namespace RmtCases.Web.Features.Home;

/// <summary>
/// Constants in the SQL. EF Core sends the count of a top-level Take (or Skip) as a
/// parameter, and PostgreSQL's generic plan for a prepared statement then guesses a tenth of the rows for it: costed
/// above the plans for the actual values, it is never chosen, so such a statement is planned again on every
/// execution (through the row-level-security policies, 0.5–1 ms each; <c>bench explain</c> lists them).
/// <see cref="TakeConstant{T}"/> keeps the count a literal of the expression tree, and so of the query's cache key,
/// through an argument EF Core may not make a parameter of (<see cref="NotParameterizedAttribute"/>); inside a lambda
/// a literal does the same (<see cref="WithLiteralConstants"/>). Either way EF Core writes the SQL once per value and
/// caches it. <see cref="EF.Constant{T}"/> would give the same SQL, but EF Core inlines it only when it writes the SQL,
/// so it wrote it again on every execution, one request at a time under a lock per query (the home page: 10% of its
/// sampled thread time in a profile at 16 clients, the lock spinning).
/// </summary>
public static class ConstantLimits
{
    private static readonly MethodInfo _take = new Func<IQueryable<object>, int, IQueryable<object>>(Queryable.Take).Method.GetGenericMethodDefinition();

    private static readonly MethodInfo _takeLiteral = new Func<IQueryable<object>, int, IQueryable<object>>(TakeLiteral).Method.GetGenericMethodDefinition();

    public static IQueryable<T> TakeConstant<T>(this IQueryable<T> source, int count) =>
        source.Provider.CreateQuery<T>(Expression.Call(_takeLiteral.MakeGenericMethod(typeof(T)), source.Expression, Expression.Constant(count)));

    /// <summary>
    /// Stands for <see cref="Queryable.Take{TSource}(IQueryable{TSource}, int)"/> in the expression tree until EF Core
    /// has looked the query up in its cache, which keeps a <see cref="NotParameterizedAttribute"/> argument as it is;
    /// <see cref="Interceptor"/> puts Take back before the query is translated. Never run.
    /// </summary>
    private static IQueryable<T> TakeLiteral<T>(IQueryable<T> source, [NotParameterized] int count) =>
        throw new InvalidOperationException("TakeConstant is translated by EF Core, with ConstantLimits.Interceptor registered.");

    /// <summary>Registered on every context (<c>DataRegistration</c>): without it a <see cref="TakeConstant{T}"/> cannot be translated.</summary>
    public static IInterceptor Interceptor { get; } = new LiteralTake();

    private sealed class LiteralTake : ExpressionVisitor, IQueryExpressionInterceptor
    {
        public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) => Visit(queryExpression);

        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method.IsGenericMethod && node.Method.GetGenericMethodDefinition() == _takeLiteral
                ? Expression.Call(_take.MakeGenericMethod(node.Method.GetGenericArguments()), Visit(node.Arguments[0]), node.Arguments[1])
                : base.VisitMethodCall(node);
    }

    /// <summary>
    /// <paramref name="query"/> with each <see cref="EF.Constant{T}"/> inside a lambda (a date in a condition, say)
    /// replaced by its value as a literal of the expression tree, which EF Core keeps there as a constant. Outside a
    /// lambda EF Core makes a parameter of a literal: a top-level count needs <see cref="TakeConstant{T}"/>.
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
}
