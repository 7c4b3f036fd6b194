using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using VendorManager.Entities;

namespace VendorManager.EntityFrameworkCore;

internal static class SoftDeleteModelBuilderExtensions
{
    /// <summary>Hides soft-deleted rows from every query; IgnoreQueryFilters() shows them for audits.</summary>
    public static void ApplySoftDeleteFilters(this ModelBuilder builder)
    {
        foreach (var entityType in builder.Model.GetEntityTypes()
                     .Where(t => typeof(ISoftDelete).IsAssignableFrom(t.ClrType) && t.BaseType is null))
        {
            var parameter = Expression.Parameter(entityType.ClrType, "e");
            var body = Expression.Not(Expression.Property(parameter, nameof(ISoftDelete.IsDeleted)));
            builder.Entity(entityType.ClrType).HasQueryFilter(Expression.Lambda(body, parameter));
        }
    }
}
