namespace VendorManager.Contracts;

/// <summary>How fast the vendor must respond to and resolve a ticket of one severity, in minutes of elapsed time.</summary>
public sealed record SeverityTarget(Severity Severity, int ResponseMinutes, int ResolutionMinutes)
{
    public TimeSpan ResponseTime() => TimeSpan.FromMinutes(ResponseMinutes);
    public TimeSpan ResolutionTime() => TimeSpan.FromMinutes(ResolutionMinutes);
}
