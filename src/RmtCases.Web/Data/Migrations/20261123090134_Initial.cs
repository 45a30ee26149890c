using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace RmtCases.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,");

            migrationBuilder.CreateTable(
                name: "audit_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    chain_sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    organisation_type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    action = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: true),
                    categories = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    fields = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    purpose = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    correlation_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    client_ip = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    outcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    previous_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "purge_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    automatic = table.Column<bool>(type: "boolean", nullable: false),
                    prepared_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    approved_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    prepared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    settings = table.Column<string>(type: "jsonb", nullable: false),
                    dry_run = table.Column<string>(type: "jsonb", nullable: true),
                    counts = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_purge_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "roles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "destruction_certificates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    purge_run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_destruction_certificates", x => x.id);
                    table.ForeignKey(
                        name: "fk_destruction_certificates_purge_runs_purge_run_id",
                        column: x => x.purge_run_id,
                        principalTable: "purge_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "participant_tombstones",
                columns: table => new
                {
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    purge_run_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_participant_tombstones", x => x.participant_id);
                    table.ForeignKey(
                        name: "fk_participant_tombstones_purge_runs_purge_run_id",
                        column: x => x.purge_run_id,
                        principalTable: "purge_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    type = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                    table.ForeignKey(
                        name: "fk_organisations_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_role_claims_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "export_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    sender_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sender_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    wage_value_assessment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    purpose = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    categories = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_export_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_export_records_organisations_recipient_organisation_id",
                        column: x => x.recipient_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "financial_settlements",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    purge_run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    provider_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_type = table.Column<int>(type: "integer", nullable: false),
                    quarter = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    deliveries = table.Column<int>(type: "integer", nullable: false),
                    total_amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_financial_settlements", x => x.id);
                    table.ForeignKey(
                        name: "fk_financial_settlements_organisations_provider_organisation_id",
                        column: x => x.provider_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_financial_settlements_purge_runs_purge_run_id",
                        column: x => x.purge_run_id,
                        principalTable: "purge_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_financial_settlements_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "participants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered_by_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_given_names = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    person_infix = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    person_surname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    person_date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    person_street = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    person_house_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    person_postcode = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    person_city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    person_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    person_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    person_surname_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, computedColumnSql: "lower(rmt_unaccent(person_surname))", stored: true),
                    participation_agreed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    informed_by = table.Column<int>(type: "integer", nullable: false),
                    participation_recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    withdrawn_on = table.Column<DateOnly>(type: "date", nullable: true),
                    withdrawal_reason = table.Column<int>(type: "integer", nullable: true),
                    current_situation_status = table.Column<int>(type: "integer", nullable: true),
                    current_situation_employer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    current_situation_job_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    current_situation_hours_per_week = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true),
                    current_situation_expected_end_of_employment = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_participants", x => x.id);
                    table.ForeignKey(
                        name: "fk_participants_organisations_registered_by_organisation_id",
                        column: x => x.registered_by_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_participants_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<int>(type: "integer", nullable: false),
                    is_disabled = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_totp_time_step = table.Column<long>(type: "bigint", nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                    table.ForeignKey(
                        name: "fk_users_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "wage_value_assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    series_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_number = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    municipality_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    worker_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    worker_date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    worker_is_prospective = table.Column<bool>(type: "boolean", nullable: false),
                    employer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    employer_is_prospective = table.Column<bool>(type: "boolean", nullable: false),
                    job_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    observation_dates = table.Column<List<DateOnly>>(type: "date[]", nullable: false),
                    employer_input_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    employer_input_on = table.Column<DateOnly>(type: "date", nullable: true),
                    employer_input_summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    worker_involved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    worker_involvement_channel = table.Column<int>(type: "integer", nullable: true),
                    worker_view = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    worker_agrees = table.Column<bool>(type: "boolean", nullable: true),
                    review_kind = table.Column<int>(type: "integer", nullable: true),
                    review_on = table.Column<DateOnly>(type: "date", nullable: true),
                    review_outcome = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    finalised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finalised_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wage_value_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_wage_value_assessments_organisations_municipality_organisat",
                        column: x => x.municipality_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_wage_value_assessments_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pending_downloads",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    export_record_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pending_downloads", x => x.id);
                    table.ForeignKey(
                        name: "fk_pending_downloads_export_records_export_record_id",
                        column: x => x.export_record_id,
                        principalTable: "export_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "banenafspraak_indications",
                columns: table => new
                {
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    in_target_group = table.Column<bool>(type: "boolean", nullable: false),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_by_organisation_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_banenafspraak_indications", x => x.participant_id);
                    table.ForeignKey(
                        name: "fk_banenafspraak_indications_organisations_recorded_by_organis",
                        column: x => x.recorded_by_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_banenafspraak_indications_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_involvements",
                columns: table => new
                {
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_involvements", x => new { x.participant_id, x.organisation_id });
                    table.ForeignKey(
                        name: "fk_case_involvements_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_case_involvements_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "education_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    programme = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    institution = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    start_year = table.Column<int>(type: "integer", nullable: true),
                    end_year = table.Column<int>(type: "integer", nullable: true),
                    diploma_obtained = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_education_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_education_entries_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mediation_activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    vacancy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    outcome = table.Column<int>(type: "integer", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mediation_activities", x => x.id);
                    table.ForeignKey(
                        name: "fk_mediation_activities_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_mediation_activities_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "service_deliveries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_type = table.Column<int>(type: "integer", nullable: false),
                    provider_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    cost = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_deliveries", x => x.id);
                    table.CheckConstraint("ck_service_deliveries_cost", "cost >= 0");
                    table.ForeignKey(
                        name: "fk_service_deliveries_organisations_provider_organisation_id",
                        column: x => x.provider_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_service_deliveries_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "work_history_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    job_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    hours_per_week = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_history_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_history_entries_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "auth_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_auth_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_auth_sessions_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "confidentiality_acceptances",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_confidentiality_acceptances", x => x.id);
                    table.ForeignKey(
                        name: "fk_confidentiality_acceptances_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_user_claims_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_user_logins_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_roles",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_user_roles_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_user_roles_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_tokens",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_user_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wage_value_tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    tempo = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    tempo_argumentation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    quality = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    quality_argumentation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    net_working_time = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    net_working_time_argumentation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    share = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    share_argumentation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wage_value_tasks", x => x.id);
                    table.ForeignKey(
                        name: "fk_wage_value_tasks_wage_value_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalTable: "wage_value_assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "regions",
                columns: new[] { "id", "name" },
                values: new object[,]
                {
                    { 1, "Groningen" },
                    { 2, "Friesland" },
                    { 3, "Drenthe" },
                    { 4, "Regio Zwolle" },
                    { 5, "Twente" },
                    { 6, "Stedendriehoek en Noordwest Veluwe" },
                    { 7, "Achterhoek" },
                    { 8, "Midden-Gelderland" },
                    { 9, "Flevoland" },
                    { 10, "Zaanstreek/Waterland" },
                    { 11, "Groot Amsterdam" },
                    { 12, "Noord-Holland Noord" },
                    { 13, "Zuid-Kennemerland en IJmond" },
                    { 14, "Gooi en Vechtstreek" },
                    { 15, "Amersfoort" },
                    { 16, "Midden-Utrecht" },
                    { 17, "Food Valley" },
                    { 18, "Holland Rijnland" },
                    { 19, "Midden-Holland" },
                    { 20, "Haaglanden" },
                    { 21, "Zuid-Holland Centraal" },
                    { 22, "Rijnmond" },
                    { 23, "Drechtsteden" },
                    { 24, "Gorinchem" },
                    { 25, "Rivierenland" },
                    { 26, "Rijk van Nijmegen" },
                    { 27, "Zeeland" },
                    { 28, "West-Brabant" },
                    { 29, "Midden-Brabant" },
                    { 30, "Noordoost-Brabant" },
                    { 31, "Zuidoost-Brabant" },
                    { 32, "Helmond-De Peel" },
                    { 33, "Noord-Limburg" },
                    { 34, "Midden-Limburg" },
                    { 35, "Zuid-Limburg" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_chain_sequence",
                table: "audit_events",
                column: "chain_sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_occurred_at",
                table: "audit_events",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_participant_id",
                table: "audit_events",
                column: "participant_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_user_id",
                table: "audit_events",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_auth_sessions_user_id",
                table: "auth_sessions",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_banenafspraak_indications_recorded_by_organisation_id",
                table: "banenafspraak_indications",
                column: "recorded_by_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_involvements_organisation_id",
                table: "case_involvements",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_confidentiality_acceptances_user_id_version",
                table: "confidentiality_acceptances",
                columns: new[] { "user_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_destruction_certificates_purge_run_id",
                table: "destruction_certificates",
                column: "purge_run_id");

            migrationBuilder.CreateIndex(
                name: "ix_education_entries_participant_id",
                table: "education_entries",
                column: "participant_id");

            migrationBuilder.CreateIndex(
                name: "ix_export_records_participant_id",
                table: "export_records",
                column: "participant_id");

            migrationBuilder.CreateIndex(
                name: "ix_export_records_recipient_organisation_id",
                table: "export_records",
                column: "recipient_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_export_records_reference",
                table: "export_records",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_export_records_sender_user_id_created_at",
                table: "export_records",
                columns: new[] { "sender_user_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_financial_settlements_provider_organisation_id",
                table: "financial_settlements",
                column: "provider_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_financial_settlements_purge_run_id",
                table: "financial_settlements",
                column: "purge_run_id");

            migrationBuilder.CreateIndex(
                name: "ix_financial_settlements_region_id",
                table: "financial_settlements",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_mediation_activities_organisation_id",
                table: "mediation_activities",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_mediation_activities_participant_id",
                table: "mediation_activities",
                column: "participant_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_region_id_name",
                table: "organisations",
                columns: new[] { "region_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_participant_tombstones_purge_run_id",
                table: "participant_tombstones",
                column: "purge_run_id");

            migrationBuilder.CreateIndex(
                name: "ix_participants_person_date_of_birth",
                table: "participants",
                column: "person_date_of_birth");

            migrationBuilder.CreateIndex(
                name: "ix_participants_person_postcode",
                table: "participants",
                column: "person_postcode");

            migrationBuilder.CreateIndex(
                name: "ix_participants_person_surname_key",
                table: "participants",
                column: "person_surname_key")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_participants_region_id_status",
                table: "participants",
                columns: new[] { "region_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_participants_registered_by_organisation_id",
                table: "participants",
                column: "registered_by_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_pending_downloads_export_record_id",
                table: "pending_downloads",
                column: "export_record_id");

            migrationBuilder.CreateIndex(
                name: "ix_regions_name",
                table: "regions",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_role_claims_role_id",
                table: "role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_service_deliveries_participant_id",
                table: "service_deliveries",
                column: "participant_id");

            migrationBuilder.CreateIndex(
                name: "ix_service_deliveries_provider_organisation_id",
                table: "service_deliveries",
                column: "provider_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_service_deliveries_service_type_participant_id",
                table: "service_deliveries",
                columns: new[] { "service_type", "participant_id" });

            migrationBuilder.CreateIndex(
                name: "ix_user_claims_user_id",
                table: "user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_logins_user_id",
                table: "user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_roles_role_id",
                table: "user_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "users",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "ix_users_organisation_id",
                table: "users",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "users",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_wage_value_assessments_municipality_organisation_id",
                table: "wage_value_assessments",
                column: "municipality_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_wage_value_assessments_region_id_status",
                table: "wage_value_assessments",
                columns: new[] { "region_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_wage_value_assessments_series_id_version_number",
                table: "wage_value_assessments",
                columns: new[] { "series_id", "version_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_wage_value_tasks_assessment_id",
                table: "wage_value_tasks",
                column: "assessment_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_history_entries_participant_id",
                table: "work_history_entries",
                column: "participant_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_events");

            migrationBuilder.DropTable(
                name: "auth_sessions");

            migrationBuilder.DropTable(
                name: "banenafspraak_indications");

            migrationBuilder.DropTable(
                name: "case_involvements");

            migrationBuilder.DropTable(
                name: "confidentiality_acceptances");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "destruction_certificates");

            migrationBuilder.DropTable(
                name: "education_entries");

            migrationBuilder.DropTable(
                name: "financial_settlements");

            migrationBuilder.DropTable(
                name: "mediation_activities");

            migrationBuilder.DropTable(
                name: "participant_tombstones");

            migrationBuilder.DropTable(
                name: "pending_downloads");

            migrationBuilder.DropTable(
                name: "role_claims");

            migrationBuilder.DropTable(
                name: "service_deliveries");

            migrationBuilder.DropTable(
                name: "user_claims");

            migrationBuilder.DropTable(
                name: "user_logins");

            migrationBuilder.DropTable(
                name: "user_roles");

            migrationBuilder.DropTable(
                name: "user_tokens");

            migrationBuilder.DropTable(
                name: "wage_value_tasks");

            migrationBuilder.DropTable(
                name: "work_history_entries");

            migrationBuilder.DropTable(
                name: "purge_runs");

            migrationBuilder.DropTable(
                name: "export_records");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "wage_value_assessments");

            migrationBuilder.DropTable(
                name: "participants");

            migrationBuilder.DropTable(
                name: "organisations");

            migrationBuilder.DropTable(
                name: "regions");
        }
    }
}
