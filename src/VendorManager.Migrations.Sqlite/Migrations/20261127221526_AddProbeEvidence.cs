using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VendorManager.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddProbeEvidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EvidenceIntervals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<DateTime>(type: "TEXT", nullable: false),
                    To = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<byte>(type: "INTEGER", nullable: false),
                    ReasonText = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ProbeCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IsSealed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceIntervals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceIntervals_DicomNodes_NodeId",
                        column: x => x.NodeId,
                        principalTable: "DicomNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NodeProbeStatuses",
                columns: table => new
                {
                    NodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LastSlot = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastProbeAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastState = table.Column<int>(type: "INTEGER", nullable: true),
                    LastReason = table.Column<byte>(type: "INTEGER", nullable: true),
                    LastReasonText = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastLatencyMs = table.Column<double>(type: "REAL", nullable: true),
                    LastImplementationClassUid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LastImplementationVersionName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NodeProbeStatuses", x => x.NodeId);
                    table.ForeignKey(
                        name: "FK_NodeProbeStatuses_DicomNodes_NodeId",
                        column: x => x.NodeId,
                        principalTable: "DicomNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProbeDispatchCursors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    ScheduledThrough = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProbeDispatchCursors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProbeRollups",
                columns: table => new
                {
                    NodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Granularity = table.Column<int>(type: "INTEGER", nullable: false),
                    BucketStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProbeCount = table.Column<int>(type: "INTEGER", nullable: false),
                    UpCount = table.Column<int>(type: "INTEGER", nullable: false),
                    DegradedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    DownCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LatencyCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LatencyMinMs = table.Column<double>(type: "REAL", nullable: true),
                    LatencyMaxMs = table.Column<double>(type: "REAL", nullable: true),
                    LatencySumMs = table.Column<double>(type: "REAL", nullable: false),
                    Histogram = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProbeRollups", x => new { x.NodeId, x.Granularity, x.BucketStart });
                });

            migrationBuilder.CreateTable(
                name: "RawSampleBlocks",
                columns: table => new
                {
                    NodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HourStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SampleCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RawSampleBlocks", x => new { x.NodeId, x.HourStart });
                });

            migrationBuilder.CreateTable(
                name: "VersionChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    FromIdentifier = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FromVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ToIdentifier = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ToVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PreviousLastSeen = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DetectedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    NotifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NotificationError = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VersionChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VersionChanges_DicomNodes_NodeId",
                        column: x => x.NodeId,
                        principalTable: "DicomNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VersionObservations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Identifier = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FirstSeen = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSeen = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TimesSeen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VersionObservations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VersionObservations_DicomNodes_NodeId",
                        column: x => x.NodeId,
                        principalTable: "DicomNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceIntervals_NodeId_Open",
                table: "EvidenceIntervals",
                column: "NodeId",
                unique: true,
                filter: "\"IsSealed\" = FALSE");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceIntervals_NodeId_Sequence",
                table: "EvidenceIntervals",
                columns: new[] { "NodeId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceIntervals_NodeId_To",
                table: "EvidenceIntervals",
                columns: new[] { "NodeId", "To" });

            migrationBuilder.CreateIndex(
                name: "IX_RawSampleBlocks_HourStart",
                table: "RawSampleBlocks",
                column: "HourStart");

            migrationBuilder.CreateIndex(
                name: "IX_VersionChanges_DetectedAt",
                table: "VersionChanges",
                column: "DetectedAt");

            migrationBuilder.CreateIndex(
                name: "IX_VersionChanges_NodeId_DetectedAt",
                table: "VersionChanges",
                columns: new[] { "NodeId", "DetectedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VersionObservations_NodeId_Source_Identifier_Version",
                table: "VersionObservations",
                columns: new[] { "NodeId", "Source", "Identifier", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvidenceIntervals");

            migrationBuilder.DropTable(
                name: "NodeProbeStatuses");

            migrationBuilder.DropTable(
                name: "ProbeDispatchCursors");

            migrationBuilder.DropTable(
                name: "ProbeRollups");

            migrationBuilder.DropTable(
                name: "RawSampleBlocks");

            migrationBuilder.DropTable(
                name: "VersionChanges");

            migrationBuilder.DropTable(
                name: "VersionObservations");
        }
    }
}
