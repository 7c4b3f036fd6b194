using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace VendorManager.EntityFrameworkCore;

/// <summary>
/// Contract days are stored as plain dates (PostgreSQL date, SQLite ISO text): a day in the
/// contract's zone, with no instant attached, so the database cannot shift it by a server zone.
/// </summary>
public sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(
    v => v.ToDateOnly(),
    v => LocalDate.FromDateOnly(v));
