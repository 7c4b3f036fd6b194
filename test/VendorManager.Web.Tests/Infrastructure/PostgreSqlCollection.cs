using VendorManager.TestBase.Servers;
using Xunit;

namespace VendorManager.Web.Tests.Infrastructure;

[CollectionDefinition(PostgreSqlCollectionName.Value)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlFixture>;
