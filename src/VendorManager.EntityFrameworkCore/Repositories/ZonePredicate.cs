using System.Linq.Expressions;
using VendorManager.Contracts;

namespace VendorManager.EntityFrameworkCore.Repositories;

/// <summary>One condition per group of zones sharing a local day, joined with OR into a single translatable predicate.</summary>
internal static class ZonePredicate
{
    public static Expression<Func<Contract, bool>> AnyOf(IReadOnlyList<ZoneDayLimit> limits, Func<ZoneDayLimit, Expression<Func<Contract, bool>>> condition)
    {
        var contract = Expression.Parameter(typeof(Contract), "c");
        Expression body = Expression.Constant(false);
        foreach (var limit in limits)
        {
            var one = condition(limit);
            body = Expression.OrElse(body, new Rebinder(one.Parameters[0], contract).Visit(one.Body));
        }
        return Expression.Lambda<Func<Contract, bool>>(body, contract);
    }

    private sealed class Rebinder(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
