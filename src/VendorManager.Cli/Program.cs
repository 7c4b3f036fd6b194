using VendorManager.Cli;
using VendorManager.Cli.Dicom;
using VendorManager.Cli.Evidence;

// Entry point: `vendormanager dicom echo|find|bench ...` and `vendormanager evidence verify ...`. Ctrl+C cancels the running call cleanly.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

if (args.Length >= 1 && args[0] == "dicom")
{
    return await DicomCommands.RunAsync(args[1..], Console.Out, Console.Error, cancel.Token);
}

if (args.Length >= 1 && args[0] == "evidence")
{
    return await EvidenceCommands.RunAsync(args[1..], Console.Out, Console.Error, cancel.Token);
}

Console.Error.WriteLine("usage: vendormanager dicom echo|find|bench [options]   (vendormanager dicom --help)");
Console.Error.WriteLine("       vendormanager evidence verify [options]          (vendormanager evidence --help)");
return ExitCodes.Usage;
