using VendorManager.Identity;
using Xunit;

namespace VendorManager.Web.Tests.Infrastructure;

public static class RoleMatrix
{
    public const string Anonymous = "anonymous";

    /// <summary>Every target for every role and for an anonymous caller.</summary>
    public static TheoryData<string, string> Cases(IEnumerable<string> targets)
    {
        var data = new TheoryData<string, string>();
        foreach (var target in targets)
            foreach (var role in VendorManagerRoles.All.Append(Anonymous))
                data.Add(target, role);
        return data;
    }
}
