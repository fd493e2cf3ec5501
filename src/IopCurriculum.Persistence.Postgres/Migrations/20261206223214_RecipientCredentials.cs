using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IopCurriculum.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RecipientCredentials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "fhir_client_id",
                table: "recipients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "fhir_client_secret",
                table: "recipients",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "fhir_scope",
                table: "recipients",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "fhir_token_url",
                table: "recipients",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "fhir_client_id",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "fhir_client_secret",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "fhir_scope",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "fhir_token_url",
                table: "recipients");
        }
    }
}
