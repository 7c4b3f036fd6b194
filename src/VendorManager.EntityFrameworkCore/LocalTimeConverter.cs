using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace VendorManager.EntityFrameworkCore;

/// <summary>Times of day (SLA coverage windows) as the providers' own time-of-day type.</summary>
public sealed class LocalTimeConverter() : ValueConverter<LocalTime, TimeOnly>(
    v => v.ToTimeOnly(),
    v => LocalTime.FromTimeOnly(v));
