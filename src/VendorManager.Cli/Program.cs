using VendorManager.Cli;
using VendorManager.Cli.Dicom;

// Entry point: `vendormanager dicom echo|find|bench ...`. Ctrl+C cancels the running call cleanly.
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

Console.Error.WriteLine("usage: vendormanager dicom echo|find|bench [options]   (vendormanager dicom --help)");
return ExitCodes.Usage;
