using VendorManager.TestBase.Servers;
using Xunit;

namespace VendorManager.EntityFrameworkCore.Tests;

[CollectionDefinition(PostgreSqlCollectionName.Value)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlFixture>;
