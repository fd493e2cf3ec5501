using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IopCurriculum.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Consents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "recipient_id",
                table: "users",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "recipients",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    @class = table.Column<string>(name: "class", type: "TEXT", maxLength: 64, nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    created_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recipients", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "break_glass",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    client_id = table.Column<string>(type: "TEXT", nullable: false),
                    recipient_id = table.Column<string>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    declared_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    start_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ends_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ended_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ended_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_break_glass", x => x.id);
                    table.ForeignKey(
                        name: "fk_break_glass_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_break_glass_recipients_recipient_id",
                        column: x => x.recipient_id,
                        principalTable: "recipients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "consents",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    client_id = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    recipient_id = table.Column<string>(type: "TEXT", nullable: true),
                    recipient_class = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    purposes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    purpose_text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    covers = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    effective_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    signed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    witness = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    recorded_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    revoked_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    revoked_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    revoked_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    revocation_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consents", x => x.id);
                    table.ForeignKey(
                        name: "fk_consents_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consents_recipients_recipient_id",
                        column: x => x.recipient_id,
                        principalTable: "recipients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "consent_forms",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    consent_id = table.Column<long>(type: "INTEGER", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    stored_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    stored_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_forms", x => x.id);
                    table.ForeignKey(
                        name: "fk_consent_forms_consents_consent_id",
                        column: x => x.consent_id,
                        principalTable: "consents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "disclosures",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    client_id = table.Column<string>(type: "TEXT", nullable: false),
                    recipient_id = table.Column<string>(type: "TEXT", nullable: false),
                    consent_id = table.Column<long>(type: "INTEGER", nullable: true),
                    break_glass_id = table.Column<long>(type: "INTEGER", nullable: true),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    what = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disclosures", x => x.id);
                    table.ForeignKey(
                        name: "fk_disclosures_break_glass_break_glass_id",
                        column: x => x.break_glass_id,
                        principalTable: "break_glass",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_disclosures_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_disclosures_consents_consent_id",
                        column: x => x.consent_id,
                        principalTable: "consents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_disclosures_recipients_recipient_id",
                        column: x => x.recipient_id,
                        principalTable: "recipients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_users_recipient_id",
                table: "users",
                column: "recipient_id");

            migrationBuilder.CreateIndex(
                name: "ix_break_glass_client_id_recipient_id",
                table: "break_glass",
                columns: new[] { "client_id", "recipient_id" });

            migrationBuilder.CreateIndex(
                name: "ix_break_glass_recipient_id",
                table: "break_glass",
                column: "recipient_id");

            migrationBuilder.CreateIndex(
                name: "ix_consent_forms_consent_id",
                table: "consent_forms",
                column: "consent_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_consents_client_id",
                table: "consents",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_consents_recipient_id",
                table: "consents",
                column: "recipient_id");

            migrationBuilder.CreateIndex(
                name: "ix_disclosures_break_glass_id",
                table: "disclosures",
                column: "break_glass_id");

            migrationBuilder.CreateIndex(
                name: "ix_disclosures_client_id",
                table: "disclosures",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_disclosures_consent_id",
                table: "disclosures",
                column: "consent_id");

            migrationBuilder.CreateIndex(
                name: "ix_disclosures_recipient_id",
                table: "disclosures",
                column: "recipient_id");

            migrationBuilder.AddForeignKey(
                name: "fk_users_recipients_recipient_id",
                table: "users",
                column: "recipient_id",
                principalTable: "recipients",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_users_recipients_recipient_id",
                table: "users");

            migrationBuilder.DropTable(
                name: "consent_forms");

            migrationBuilder.DropTable(
                name: "disclosures");

            migrationBuilder.DropTable(
                name: "break_glass");

            migrationBuilder.DropTable(
                name: "consents");

            migrationBuilder.DropTable(
                name: "recipients");

            migrationBuilder.DropIndex(
                name: "ix_users_recipient_id",
                table: "users");

            migrationBuilder.DropColumn(
                name: "recipient_id",
                table: "users");
        }
    }
}
