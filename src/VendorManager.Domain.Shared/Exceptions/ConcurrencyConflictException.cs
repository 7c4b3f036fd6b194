namespace VendorManager;

/// <summary>Someone else saved the same aggregate after this edit started; nothing was overwritten.</summary>
public sealed class ConcurrencyConflictException(string message, Exception? inner = null) : Exception(message, inner);
