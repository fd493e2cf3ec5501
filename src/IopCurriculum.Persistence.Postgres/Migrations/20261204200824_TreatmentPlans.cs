using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IopCurriculum.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TreatmentPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "plan_review_days",
                table: "programs",
                type: "integer",
                nullable: false,
                defaultValue: 30);

            migrationBuilder.CreateTable(
                name: "discharge_summaries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    enrolment_id = table.Column<long>(type: "bigint", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "text", nullable: false),
                    discharge_reason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    correction = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    signed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    signed_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_discharge_summaries", x => x.id);
                    table.ForeignKey(
                        name: "fk_discharge_summaries_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalTable: "enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "treatment_plans",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    enrolment_id = table.Column<long>(type: "bigint", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "text", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    signed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    signed_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    client_agreed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    agreement_recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    goals_active = table.Column<int>(type: "integer", nullable: false),
                    goals_achieved = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_treatment_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_treatment_plans_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalTable: "enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_reviews",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    plan_id = table.Column<long>(type: "bigint", nullable: false),
                    reviewed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reviewed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    recorded_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_reviews", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_reviews_treatment_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "treatment_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_discharge_summaries_enrolment_id_version",
                table: "discharge_summaries",
                columns: new[] { "enrolment_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plan_reviews_plan_id",
                table: "plan_reviews",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_treatment_plans_enrolment_id_version",
                table: "treatment_plans",
                columns: new[] { "enrolment_id", "version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "discharge_summaries");

            migrationBuilder.DropTable(
                name: "plan_reviews");

            migrationBuilder.DropTable(
                name: "treatment_plans");

            migrationBuilder.DropColumn(
                name: "plan_review_days",
                table: "programs");
        }
    }
}
