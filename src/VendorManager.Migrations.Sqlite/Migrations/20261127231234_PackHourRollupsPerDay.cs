using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VendorManager.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PackHourRollupsPerDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Dropped, not converted: no installation holds production evidence yet. A test install loses
            // only its past rollups; the intervals (uptime, the hash chain) and raw samples stay. Down
            // likewise recreates ProbeRollups empty.
            migrationBuilder.DropTable(
                name: "ProbeRollups");

            migrationBuilder.CreateTable(
                name: "DailyRollups",
                columns: table => new
                {
                    NodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProbeCount = table.Column<int>(type: "INTEGER", nullable: false),
                    UpCount = table.Column<int>(type: "INTEGER", nullable: false),
                    DegradedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    DownCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LatencyCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LatencyMinMs = table.Column<double>(type: "REAL", nullable: true),
                    LatencyMaxMs = table.Column<double>(type: "REAL", nullable: true),
                    LatencySumMs = table.Column<double>(type: "REAL", nullable: false),
                    Histogram = table.Column<byte[]>(type: "BLOB", nullable: false),
                    HourData = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyRollups", x => new { x.NodeId, x.Day });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DailyRollups");

            migrationBuilder.CreateTable(
                name: "ProbeRollups",
                columns: table => new
                {
                    NodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Granularity = table.Column<int>(type: "INTEGER", nullable: false),
                    BucketStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DegradedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    DownCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Histogram = table.Column<byte[]>(type: "BLOB", nullable: false),
                    LatencyCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LatencyMaxMs = table.Column<double>(type: "REAL", nullable: true),
                    LatencyMinMs = table.Column<double>(type: "REAL", nullable: true),
                    LatencySumMs = table.Column<double>(type: "REAL", nullable: false),
                    ProbeCount = table.Column<int>(type: "INTEGER", nullable: false),
                    UpCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProbeRollups", x => new { x.NodeId, x.Granularity, x.BucketStart });
                });
        }
    }
}
