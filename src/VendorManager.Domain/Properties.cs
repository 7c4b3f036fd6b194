using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("VendorManager.Domain.Tests")]
