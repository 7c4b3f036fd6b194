namespace VendorManager.Versions;

/// <summary>Where a node's version was read. The numeric values are stored; append only.</summary>
public enum VersionSource
{
    /// <summary>The Implementation Class UID and Version Name from the node's A-ASSOCIATE-AC.</summary>
    Association = 0,
    /// <summary>Orthanc's HTTP <c>/system</c> resource, read out of band.</summary>
    OrthancHttp = 1,
}
