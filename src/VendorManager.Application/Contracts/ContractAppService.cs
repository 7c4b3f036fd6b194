using Microsoft.Extensions.Options;
using NodaTime;
using VendorManager.Auditing;
using VendorManager.Common;
using VendorManager.Nodes;
using VendorManager.Vendors;
using static VendorManager.Contracts.ContractInputMappings;

namespace VendorManager.Contracts;

public sealed class ContractAppService(
    IContractRepository contracts,
    IContractListingRepository listings,
    ContractManager manager,
    ContractListingRefresher listingRefresher,
    ContractOwnerDirectory owners,
    IVendorRepository vendors,
    IDicomNodeRepository nodes,
    IEntityChangeRepository history,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    IOptions<ContractOptions> options) : IContractAppService
{
    private const int HistoryLimit = 500;

    public async Task<PagedResultDto<ContractListItemDto>> GetListAsync(GetContractListInput input, CancellationToken ct = default)
    {
        // Normally nothing to do; after midnight somewhere, the few listings whose status flipped.
        await listingRefresher.RefreshStaleAsync(ct);
        var (sortBy, descending) = Sorting.Parse(input.Sorting, ContractSortField.Number);
        var deadlineBy = input.NoticeDeadlineWithinDays is { } days
            ? ZoneDayLimit.FromToday(await listings.ListTimeZoneIdsAsync(ct), Now(), Math.Max(0, days))
            : null;
        var (items, total) = await listings.ListAsync(new ContractQuery(input.Filter, input.VendorId, input.Status, input.Kind, deadlineBy,
            sortBy, descending, Math.Max(0, input.SkipCount), Math.Clamp(input.MaxResultCount, 1, PagedAndSortedInput.MaxPageSize)), ct);
        var vendorNames = await vendors.GetNamesAsync(items.Select(i => i.VendorId).Distinct().ToList(), ct);
        var ownerNames = await owners.FindAsync(items.Select(i => i.OwnerId).Distinct().ToList(), ct);
        return new PagedResultDto<ContractListItemDto>(items.Select(i => i.ToDto(vendorNames, ownerNames)).ToList(), total);
    }

    public async Task<ContractDto> GetAsync(Guid id, CancellationToken ct = default)
        => await ToDtoAsync(await contracts.GetAsync(id, ct), ct);

    public async Task<ContractDeadlinesDto> GetDeadlinesAsync(Guid id, CancellationToken ct = default)
        => ContractDateEngine.Evaluate(await contracts.GetAsync(id, ct), Now()).ToDto();

    public async Task<IReadOnlyList<EntityChangeDto>> GetHistoryAsync(Guid id, CancellationToken ct = default)
    {
        await contracts.GetAsync(id, ct);
        var changes = await history.ListForRootAsync(nameof(Contract), id.ToString(), HistoryLimit, ct);
        return changes.Select(c => c.ToDto()).ToList();
    }

    public async Task<ContractDto> CreateAsync(CreateContractInput input, CancellationToken ct = default)
    {
        var now = Now();
        var errors = new FieldErrorCollector();
        await errors.TryAsync(() => owners.EnsureActiveAsync(input.OwnerId));
        LocalDate? start = null, end = null;
        errors.Try(() => start = Required(input.Start, nameof(input.Start)));
        errors.Try(() => end = Required(input.End, nameof(input.End)));
        var (periodsValid, renewal, notice) = ReadPeriods(errors, input);
        var sla = input.Sla is { } slaInput ? errors.Get(() => SlaTerms.Create(slaInput.ToDomain())) : null;

        Contract? contract = null;
        if (start is { } first && end is { } last)
            await errors.TryAsync(async () => contract = await manager.CreateAsync(input.VendorId, input.Number, input.Kind, input.OwnerId,
                input.TimeZoneId ?? options.Value.DefaultTimeZone, first, last, now, ct));
        if (contract is not null)
        {
            errors.Try(() => contract.Retitle(input.Title));
            errors.Try(() => contract.SetCommercialTerms(input.Value, input.Currency, input.BillingPeriod, input.FeePerMeasurementPeriod));
            if (periodsValid) errors.Try(() => contract.ChangeRenewal(input.RenewalKind, renewal, notice, now));
            if (input.ReminderLeadDays is { } leads) errors.Try(() => contract.SetReminderLeadDays(leads));
            if (sla is not null) contract.DefineSla(sla);
            await errors.TryAsync(() => CoverAsync(contract, input.CoveredNodeIds ?? [], ct));
        }
        errors.ThrowIfAny();

        await contracts.InsertAsync(contract!, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(contract!, ct);
    }

    public async Task<ContractDto> UpdateAsync(Guid id, UpdateContractInput input, CancellationToken ct = default)
    {
        var contract = await contracts.GetAsync(id, ct);
        // The stamp the editor read; the unit of work refuses the save when it is stale.
        contract.ConcurrencyStamp = input.ConcurrencyStamp;
        var now = Now();
        var errors = new FieldErrorCollector();
        // Only a new owner is checked: a disabled owner must not block unrelated edits (the page shows it).
        if (input.OwnerId != contract.OwnerId) await errors.TryAsync(() => owners.EnsureActiveAsync(input.OwnerId));
        await errors.TryAsync(() => manager.RenumberAsync(contract, input.Number, ct));
        errors.Try(() => contract.Retitle(input.Title));
        errors.Try(() => contract.Reclassify(input.Kind));
        errors.Try(() => contract.AssignOwner(input.OwnerId));
        if (input.TimeZoneId is not null) errors.Try(() => contract.MoveToTimeZone(input.TimeZoneId));
        errors.Try(() => contract.SetCommercialTerms(input.Value, input.Currency, input.BillingPeriod, input.FeePerMeasurementPeriod));

        // Renewal and dates change only when they differ: both are refused on a terminated contract,
        // whose title or owner can still be corrected.
        var (periodsValid, renewal, notice) = ReadPeriods(errors, input);
        if (periodsValid && RenewalDiffers(contract, input.RenewalKind, renewal, notice))
            errors.Try(() => contract.ChangeRenewal(input.RenewalKind, renewal, notice, now));
        LocalDate? start = null, end = null;
        errors.Try(() => start = Required(input.Start, nameof(input.Start)));
        errors.Try(() => end = Required(input.End, nameof(input.End)));
        var latest = contract.Terms[^1];
        if (start is { } first && end is { } last && (first != latest.Start || last != latest.End))
            errors.Try(() => contract.Reschedule(first, last, now));
        errors.ThrowIfAny();

        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(contract, ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        contracts.Delete(await contracts.GetAsync(id, ct));
        await unitOfWork.SaveChangesAsync(ct);
    }

    public Task<ContractDto> RenewAsync(Guid id, RenewContractInput input, CancellationToken ct = default)
        => ChangeAsync(id, input.ConcurrencyStamp, contract =>
        {
            contract.Renew(input.End is { } end ? LocalDate.FromDateOnly(end) : null, Now());
            return Task.CompletedTask;
        }, ct);

    public Task<ContractDto> TerminateAsync(Guid id, TerminateContractInput input, CancellationToken ct = default)
        => ChangeAsync(id, input.ConcurrencyStamp, contract =>
        {
            contract.Terminate(Required(input.EffectiveOn, nameof(input.EffectiveOn)), input.Reason, Now());
            return Task.CompletedTask;
        }, ct);

    public Task<ContractDto> DefineSlaAsync(Guid id, DefineSlaInput input, CancellationToken ct = default)
        => ChangeAsync(id, input.ConcurrencyStamp, contract =>
        {
            contract.DefineSla(SlaTerms.Create(input.ToDomain()));
            return Task.CompletedTask;
        }, ct);

    public Task<ContractDto> RemoveSlaAsync(Guid id, string? concurrencyStamp, CancellationToken ct = default)
        => ChangeAsync(id, concurrencyStamp, contract =>
        {
            contract.RemoveSla();
            return Task.CompletedTask;
        }, ct);

    public Task<ContractDto> SetCoveredNodesAsync(Guid id, SetCoveredNodesInput input, CancellationToken ct = default)
        => ChangeAsync(id, input.ConcurrencyStamp, contract =>
        {
            var wanted = (input.CoveredNodeIds ?? []).Distinct().ToList();
            foreach (var gone in contract.CoveredNodes.Select(n => n.NodeId).Where(n => !wanted.Contains(n)).ToList())
                contract.Uncover(gone);
            return CoverAsync(contract, wanted, ct);
        }, ct);

    public Task<ContractDto> SetReminderLeadDaysAsync(Guid id, SetReminderLeadDaysInput input, CancellationToken ct = default)
        => ChangeAsync(id, input.ConcurrencyStamp, contract =>
        {
            contract.SetReminderLeadDays(input.ReminderLeadDays ?? []);
            return Task.CompletedTask;
        }, ct);

    /// <summary>Loads the contract, applies one intent-named change and saves it, checking the stamp when the caller sent one.</summary>
    private async Task<ContractDto> ChangeAsync(Guid id, string? concurrencyStamp, Func<Contract, Task> change, CancellationToken ct)
    {
        var contract = await contracts.GetAsync(id, ct);
        if (!string.IsNullOrEmpty(concurrencyStamp)) contract.ConcurrencyStamp = concurrencyStamp;
        await change(contract);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(contract, ct);
    }

    /// <summary>Covers the nodes not covered yet (only they must exist: a covered node deleted since stays listed), errors at the input's field.</summary>
    private async Task CoverAsync(Contract contract, IReadOnlyCollection<Guid> nodeIds, CancellationToken ct)
    {
        try
        {
            await manager.CoverNodesAsync(contract, nodeIds.Where(id => !contract.Covers(id)).ToList(), ct);
        }
        catch (BusinessException ex) when (ex.Field == nameof(Contract.CoveredNodes))
        {
            throw new BusinessException(ex.Code, ex.Message, nameof(CreateContractInput.CoveredNodeIds), ex.Kind);
        }
    }

    private static (bool Valid, ContractPeriod? Renewal, ContractPeriod? Notice) ReadPeriods(FieldErrorCollector errors, ContractEditInput input)
    {
        ContractPeriod? renewal = null, notice = null;
        var valid = errors.Try(() => renewal = input.RenewalPeriod.ToPeriod(nameof(input.RenewalPeriod)));
        valid &= errors.Try(() => notice = input.NoticePeriod.ToPeriod(nameof(input.NoticePeriod)));
        return (valid, renewal, notice);
    }

    private static bool RenewalDiffers(Contract contract, RenewalKind kind, ContractPeriod? renewal, ContractPeriod? notice)
        => kind != contract.RenewalKind
           || (kind == RenewalKind.None ? ContractPeriod.Zero : renewal ?? ContractPeriod.Zero) != contract.RenewalPeriod
           || (notice ?? ContractPeriod.Zero) != contract.NoticePeriod;

    private async Task<ContractDto> ToDtoAsync(Contract contract, CancellationToken ct)
    {
        var vendorNames = await vendors.GetNamesAsync([contract.VendorId], ct);
        var owner = (await owners.FindAsync([contract.OwnerId], ct)).GetValueOrDefault(contract.OwnerId);
        var nodeIds = contract.CoveredNodes.Select(n => n.NodeId).ToList();
        var nodeNames = nodeIds.Count == 0
            ? new Dictionary<Guid, string>()
            : (await nodes.FindManyAsync(nodeIds, ct)).ToDictionary(n => n.Id, n => n.Name);
        return contract.ToDto(ContractDateEngine.Evaluate(contract, Now()), vendorNames.GetValueOrDefault(contract.VendorId), owner, nodeNames);
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
