using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IopCurriculum.Persistence.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 30);

            migrationBuilder.CreateTable(
                name: "discharge_summaries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    enrolment_id = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", nullable: false),
                    discharge_reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    correction = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    signed_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    signed_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    enrolment_id = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    created_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    signed_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    signed_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    client_agreed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    agreement_recorded_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    goals_active = table.Column<int>(type: "INTEGER", nullable: false),
                    goals_achieved = table.Column<int>(type: "INTEGER", nullable: false)
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    plan_id = table.Column<long>(type: "INTEGER", nullable: false),
                    reviewed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reviewed_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    recorded_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
