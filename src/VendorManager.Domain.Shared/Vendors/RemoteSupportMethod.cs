namespace VendorManager.Vendors;

/// <summary>How the vendor reaches our systems for remote support.</summary>
public enum RemoteSupportMethod
{
    None = 0,
    SiteToSiteVpn = 1,
    ClientVpn = 2,
    VendorGateway = 3,
    ScreenSharing = 4,
    OnSiteOnly = 5,
}
