namespace VendorManager.Calendar;

public interface ICalendarAppService
{
    /// <summary>Every notice deadline, end and certain renewal of contracts still running, in the months ahead.</summary>
    Task<ContractCalendarDto> GetContractDeadlinesAsync(GetContractCalendarInput input, CancellationToken ct = default);
}
