using VendorManager.Users;

namespace VendorManager.Contracts;

public sealed class ContractReminderAppService(
    IContractReminderSource contracts,
    IContractReminderDispatchRepository log,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock) : IContractReminderAppService
{
    public async Task<IReadOnlyList<ContractReminderDispatchDto>> GetListAsync(Guid contractId, CancellationToken ct = default)
    {
        var contract = await GetContractAsync(contractId, ct);
        return (await log.ListForContractAsync(contractId, ct)).Select(r => r.ToDto(contract.TimeZoneId)).ToList();
    }

    public Task<ContractReminderDispatchDto> ConfirmDeliveredAsync(Guid contractId, Guid reminderId, CancellationToken ct = default)
        => DecideAsync(contractId, reminderId, (row, by, now) => row.ConfirmDelivered(by, now), ct);

    public Task<ContractReminderDispatchDto> RequeueAsync(Guid contractId, Guid reminderId, CancellationToken ct = default)
        => DecideAsync(contractId, reminderId, (row, by, now) => row.Requeue(by, now), ct);

    private async Task<ContractReminderDispatchDto> DecideAsync(Guid contractId, Guid reminderId,
        Action<ContractReminderDispatch, Guid, DateTime> decide, CancellationToken ct)
    {
        var contract = await GetContractAsync(contractId, ct);
        var row = await log.FindAsync(reminderId, ct);
        if (row is null || row.ContractId != contractId) throw new EntityNotFoundException(typeof(ContractReminderDispatch), reminderId);
        var by = currentUser.Id ?? throw new InvalidOperationException("Deciding about a reminder needs a signed-in user.");
        decide(row, by, clock.GetUtcNow().UtcDateTime);
        // Conditional on the revision read: a job run that moved the row meanwhile makes this a 409.
        await unitOfWork.SaveChangesAsync(ct);
        return row.ToDto(contract.TimeZoneId);
    }

    private async Task<ContractReminderSubject> GetContractAsync(Guid contractId, CancellationToken ct)
        => (await contracts.ReadSubjectsAsync([contractId], ct)).GetValueOrDefault(contractId)
           ?? throw new EntityNotFoundException(typeof(Contract), contractId);
}
