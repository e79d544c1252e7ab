# This file is auto-generated from the current state of the database. Instead
# of editing this file, please use the migrations feature of Active Record to
# incrementally modify your database, and then regenerate this schema definition.
#
# This file is the source Rails uses to define your schema when running `bin/rails
# db:schema:load`. When creating a new database, `bin/rails db:schema:load` tends to
# be faster and is potentially less error prone than running all of your
# migrations from scratch. Old migrations may fail to apply correctly if those
# migrations use external dependencies or application code.
#
# It's strongly recommended that you check this file into your version control system.

ActiveRecord::Schema[8.1].define(version: 2026_08_10_152440) do
  # These are extensions that must be enabled in order to support this database
  enable_extension "btree_gist"
  enable_extension "citext"
  enable_extension "fuzzystrmatch"
  enable_extension "pg_catalog.plpgsql"
  enable_extension "pg_trgm"
  enable_extension "pgcrypto"
  enable_extension "postgis"
  enable_extension "uuid-ossp"

  create_table "action_text_rich_texts", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.text "body_ciphertext"
    t.datetime "created_at", null: false
    t.string "name", null: false
    t.uuid "record_id", null: false
    t.string "record_type", null: false
    t.datetime "updated_at", null: false
    t.index ["record_type", "record_id", "name"], name: "index_action_text_rich_texts_uniqueness", unique: true
  end

  create_table "active_storage_attachments", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.uuid "blob_id", null: false
    t.datetime "created_at", precision: nil, null: false
    t.string "name", null: false
    t.uuid "record_id", null: false
    t.string "record_type", null: false
    t.index ["blob_id"], name: "index_active_storage_attachments_on_blob_id"
    t.index ["record_type", "record_id", "name", "blob_id"], name: "index_active_storage_attachments_uniqueness", unique: true
  end

  create_table "active_storage_blobs", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.bigint "byte_size", null: false
    t.string "checksum"
    t.string "content_type"
    t.datetime "created_at", precision: nil, null: false
    t.string "filename", null: false
    t.string "key", null: false
    t.integer "malware_scan_result", default: 0, null: false
    t.text "metadata"
    t.string "service_name", null: false
    t.index ["key"], name: "index_active_storage_blobs_on_key", unique: true
  end

  create_table "active_storage_variant_records", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.uuid "blob_id", null: false
    t.string "variation_digest", null: false
    t.index ["blob_id", "variation_digest"], name: "index_active_storage_variant_records_uniqueness", unique: true
  end

  create_table "alert_runs", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at", precision: nil, null: false
    t.string "job_id"
    t.date "run_on"
    t.integer "status", default: 0
    t.uuid "subscription_id", null: false
    t.datetime "updated_at", precision: nil, null: false
    t.index ["run_on"], name: "index_alert_runs_on_run_on"
    t.index ["subscription_id"], name: "index_alert_runs_on_subscription_id"
  end

  create_table "batchable_job_applications", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at", null: false
    t.uuid "job_application_batch_id", null: false
    t.uuid "job_application_id", null: false
    t.datetime "updated_at", null: false
    t.index ["job_application_batch_id"], name: "index_batchable_job_applications_on_job_application_batch_id"
    t.index ["job_application_id"], name: "index_batchable_job_applications_on_job_application_id"
  end

  create_table "conversations", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.boolean "archived", default: false, null: false
    t.datetime "created_at", null: false
    t.boolean "has_unread_jobseeker_messages", default: false, null: false
    t.uuid "job_application_id", null: false
    t.datetime "last_message_at"
    t.tsvector "searchable_content"
    t.datetime "updated_at", null: false
    t.index ["archived"], name: "index_conversations_on_archived"
    t.index ["job_application_id"], name: "index_conversations_on_job_application_id"
    t.index ["searchable_content"], name: "index_conversations_on_searchable_content", using: :gin
  end

  create_table "emergency_login_keys", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at", precision: nil, null: false
    t.datetime "not_valid_after", precision: nil, null: false
    t.uuid "owner_id", null: false
    t.string "owner_type", null: false
    t.datetime "updated_at", precision: nil, null: false
    t.index ["owner_type", "owner_id"], name: "index_emergency_login_keys_on_owner"
  end

  create_table "employments", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at", null: false
    t.integer "employment_type", default: 0
    t.date "ended_on"
    t.boolean "is_current_role", default: false, null: false
    t.uuid "job_application_id"
    t.text "job_title_ciphertext"
    t.uuid "jobseeker_profile_id"
    t.text "main_duties_ciphertext"
    t.text "organisation_ciphertext"
    t.text "reason_for_break", default: ""
    t.text "reason_for_leaving"
    t.date "started_on"
    t.string "subjects", default: "", null: false
    t.datetime "updated_at", null: false
    t.index ["job_application_id"], name: "index_employments_on_job_application_id"
    t.index ["jobseeker_profile_id"], name: "index_employments_on_jobseeker_profile_id"
  end

  create_table "equal_opportunities_reports", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.integer "age_fifty_to_fifty_nine", default: 0, null: false
    t.integer "age_forty_to_forty_nine", default: 0, null: false
    t.integer "age_prefer_not_to_say", default: 0, null: false
    t.integer "age_sixty_and_over", default: 0, null: false
    t.integer "age_thirty_to_thirty_nine", default: 0, null: false
    t.integer "age_twenty_five_to_twenty_nine", default: 0, null: false
    t.integer "age_under_twenty_five", default: 0, null: false
    t.datetime "created_at", null: false
    t.integer "disability_no", default: 0, null: false
    t.integer "disability_prefer_not_to_say", default: 0, null: false
    t.integer "disability_yes", default: 0, null: false
    t.integer "ethnicity_asian", default: 0, null: false
    t.integer "ethnicity_black", default: 0, null: false
    t.integer "ethnicity_mixed", default: 0, null: false
    t.integer "ethnicity_other", default: 0, null: false
    t.string "ethnicity_other_descriptions", default: [], null: false, array: true
    t.integer "ethnicity_prefer_not_to_say", default: 0, null: false
    t.integer "ethnicity_white", default: 0, null: false
    t.integer "gender_man", default: 0, null: false
    t.integer "gender_other", default: 0, null: false
    t.string "gender_other_descriptions", default: [], null: false, array: true
    t.integer "gender_prefer_not_to_say", default: 0, null: false
    t.integer "gender_woman", default: 0, null: false
    t.integer "orientation_bisexual", default: 0, null: false
    t.integer "orientation_gay_or_lesbian", default: 0, null: false
    t.integer "orientation_heterosexual", default: 0, null: false
    t.integer "orientation_other", default: 0, null: false
    t.string "orientation_other_descriptions", default: [], null: false, array: true
    t.integer "orientation_prefer_not_to_say", default: 0, null: false
    t.integer "religion_buddhist", default: 0, null: false
    t.integer "religion_christian", default: 0, null: false
    t.integer "religion_hindu", default: 0, null: false
    t.integer "religion_jewish", default: 0, null: false
    t.integer "religion_muslim", default: 0, null: false
    t.integer "religion_none", default: 0, null: false
    t.integer "religion_other", default: 0, null: false
    t.string "religion_other_descriptions", default: [], null: false, array: true
    t.integer "religion_prefer_not_to_say", default: 0, null: false
    t.integer "religion_sikh", default: 0, null: false
    t.integer "total_submissions", default: 0, null: false
    t.datetime "updated_at", null: false
    t.uuid "vacancy_id", null: false
    t.index ["vacancy_id"], name: "index_equal_opportunities_reports_vacancy_id", unique: true
  end

  create_table "failed_imported_vacancies", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at", null: false
    t.string "external_reference"
    t.string "import_errors", default: [], array: true
    t.string "source", null: false
    t.datetime "updated_at", null: false
    t.jsonb "vacancy"
  end

  create_table "feedbacks", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.string "category"
    t.integer "close_account_reason"
    t.text "close_account_reason_comment"
    t.text "comment"
    t.datetime "created_at", null: false
    t.string "email"
    t.integer "feedback_type"
    t.uuid "job_alert_vacancy_ids", array: true
    t.uuid "job_application_id"
    t.text "job_found_unsubscribe_reason_comment"
    t.uuid "jobseeker_id"
    t.text "occupation"
    t.string "origin_path"
    t.text "other_unsubscribe_reason_comment"
    t.uuid "publisher_id"
    t.integer "rating"
    t.float "recaptcha_score"
    t.boolean "relevant_to_user"
    t.jsonb "search_criteria"
    t.uuid "subscription_id"
    t.integer "unsubscribe_reason"
    t.datetime "updated_at", null: false
    t.integer "user_participation_response"
    t.uuid "vacancy_id"
    t.integer "visit_purpose"
    t.text "visit_purpose_comment"
    t.index ["job_application_id"], name: "index_feedbacks_job_application_id"
    t.index ["jobseeker_id"], name: "index_feedbacks_jobseeker_id"
    t.index ["publisher_id"], name: "index_feedbacks_publisher_id"
    t.index ["subscription_id"], name: "index_feedbacks_subscription_id"
    t.index ["vacancy_id"], name: "index_feedbacks_on_vacancy_id"
  end

  create_table "friendly_id_slugs", force: :cascade do |t|
    t.datetime "created_at", precision: nil
    t.string "scope"
    t.string "slug", null: false
    t.uuid "sluggable_id", null: false
    t.string "sluggable_type", limit: 50
    t.index ["slug", "sluggable_type", "scope"], name: "index_friendly_id_slugs_on_slug_and_sluggable_type_and_scope", unique: true
    t.index ["slug", "sluggable_type"], name: "index_friendly_id_slugs_on_slug_and_sluggable_type"
    t.index ["sluggable_id", "sluggable_type"], name: "index_friendly_id_slugs_sluggable_id_sluggable_type"
    t.index ["sluggable_id"], name: "index_friendly_id_slugs_on_sluggable_id"
    t.index ["sluggable_type"], name: "index_friendly_id_slugs_on_sluggable_type"
  end

  create_table "job_application_batches", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.uuid "vacancy_id", null: false
    t.index ["vacancy_id"], name: "index_job_application_batches_on_vacancy_id"
  end

  create_table "job_applications", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.string "age", default: "", null: false
    t.string "baptism_address_ciphertext"
    t.string "baptism_date_ciphertext"
    t.text "city_ciphertext"
    t.text "close_relationships_details_ciphertext"
    t.integer "completed_steps", default: [], null: false, array: true
    t.string "country", default: "", null: false
    t.datetime "created_at", null: false
    t.datetime "declined_at"
    t.string "disability", default: "", null: false
    t.datetime "draft_at", precision: nil
    t.string "email_address", default: "", null: false
    t.string "ethnicity", default: "", null: false
    t.string "ethnicity_description", default: "", null: false
    t.string "ethos_and_aims_ciphertext"
    t.string "faith_ciphertext"
    t.text "first_name_ciphertext"
    t.boolean "following_religion"
    t.text "further_instructions_ciphertext"
    t.text "gaps_in_employment_details_ciphertext"
    t.string "gender", default: "", null: false
    t.string "gender_description", default: "", null: false
    t.boolean "has_close_relationships"
    t.boolean "has_right_to_work_in_uk"
    t.boolean "has_safeguarding_issue"
    t.integer "imported_steps", default: [], null: false, array: true
    t.integer "in_progress_steps", default: [], null: false, array: true
    t.boolean "interview_feedback_received"
    t.datetime "interview_feedback_received_at"
    t.datetime "interviewing_at"
    t.boolean "is_statutory_induction_complete"
    t.boolean "is_support_needed"
    t.uuid "jobseeker_id", null: false
    t.text "last_name_ciphertext"
    t.text "national_insurance_number_ciphertext"
    t.boolean "notify_before_contact_referers"
    t.datetime "offered_at"
    t.integer "online_checks", default: 1, null: false
    t.datetime "online_checks_updated_at"
    t.string "orientation", default: "", null: false
    t.string "orientation_description", default: "", null: false
    t.text "phone_number_ciphertext"
    t.string "place_of_worship_ciphertext"
    t.text "postcode_ciphertext"
    t.text "previous_names_ciphertext"
    t.string "qts_age_range_and_subject"
    t.string "qualified_teacher_status", default: "", null: false
    t.text "qualified_teacher_status_details", default: "", null: false
    t.string "qualified_teacher_status_year", default: "", null: false
    t.datetime "rejected_at"
    t.text "rejection_reasons_ciphertext"
    t.string "religion", default: "", null: false
    t.string "religion_description", default: "", null: false
    t.string "religious_referee_address_ciphertext"
    t.string "religious_referee_email_ciphertext"
    t.string "religious_referee_name_ciphertext"
    t.string "religious_referee_phone_ciphertext"
    t.string "religious_referee_role_ciphertext"
    t.integer "religious_reference_type"
    t.datetime "reviewed_at", precision: nil
    t.text "safeguarding_issue_details"
    t.datetime "shortlisted_at", precision: nil
    t.integer "status"
    t.string "statutory_induction_complete_details"
    t.text "street_address_ciphertext"
    t.datetime "submitted_at", precision: nil
    t.text "support_needed_details_ciphertext"
    t.text "teacher_reference_number_ciphertext"
    t.string "type"
    t.datetime "unsuccessful_at", precision: nil
    t.datetime "unsuccessful_interview_at"
    t.datetime "updated_at", null: false
    t.uuid "vacancy_id", null: false
    t.datetime "withdrawn_at", precision: nil
    t.boolean "withdrawn_by_closing_account", default: false, null: false
    t.string "working_pattern_details"
    t.integer "working_patterns", array: true
    t.index ["jobseeker_id"], name: "index_job_applications_jobseeker_id"
    t.index ["vacancy_id"], name: "index_job_applications_on_vacancy_id"
  end

  create_table "job_preferences", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.boolean "builder_completed", default: false, null: false
    t.json "completed_steps", default: {}
    t.datetime "created_at", null: false
    t.uuid "jobseeker_profile_id", null: false
    t.string "key_stages", default: [], array: true
    t.string "phases", default: [], array: true
    t.string "roles", default: [], array: true
    t.string "subjects", default: [], array: true
    t.datetime "updated_at", null: false
    t.string "working_pattern_details"
    t.string "working_patterns", default: [], array: true
    t.index ["jobseeker_profile_id"], name: "index_job_preferences_jobseeker_profile_id", unique: true
  end

  create_table "job_preferences_locations", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.geography "area", limit: {srid: 4326, type: "geometry", geographic: true}
    t.datetime "created_at", null: false
    t.uuid "job_preferences_id", null: false
    t.string "name", null: false
    t.integer "radius", null: false
    t.geometry "uk_area", limit: {srid: 27700, type: "geometry"}, null: false
    t.datetime "updated_at", null: false
    t.index ["area"], name: "index_job_preferences_locations_on_area", using: :gist
    t.index ["job_preferences_id"], name: "index_job_preferences_locations_on_job_preferences_id"
    t.index ["uk_area"], name: "index_job_preferences_locations_on_uk_area", using: :gist
  end

  create_table "job_references", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.string "able_to_undertake_role_ciphertext"
    t.string "adapt_to_change_ciphertext"
    t.string "allegations_ciphertext"
    t.boolean "can_give_reference"
    t.string "communication_ciphertext"
    t.boolean "complete", default: false, null: false
    t.datetime "created_at", null: false
    t.boolean "currently_employed"
    t.string "customer_care_ciphertext"
    t.string "deal_with_conflict_ciphertext"
    t.string "email"
    t.string "employment_end_date_ciphertext"
    t.string "employment_start_date_ciphertext"
    t.string "general_attitude_ciphertext"
    t.text "how_do_you_know_the_candidate_ciphertext"
    t.boolean "is_reference_sharable"
    t.string "job_title"
    t.string "leadership_ciphertext"
    t.string "name"
    t.string "not_fit_to_practice_ciphertext"
    t.string "not_provided_reason"
    t.string "organisation"
    t.string "phone_number"
    t.string "prioritise_workload_ciphertext"
    t.string "problem_solving_ciphertext"
    t.string "punctuality_ciphertext"
    t.text "reason_for_leaving_ciphertext"
    t.uuid "reference_request_id", null: false
    t.string "team_working_ciphertext"
    t.string "technical_competence_ciphertext"
    t.string "unable_to_undertake_reason_ciphertext"
    t.string "under_investigation_ciphertext"
    t.string "under_investigation_details_ciphertext"
    t.datetime "updated_at", null: false
    t.string "warning_details_ciphertext"
    t.string "warnings_ciphertext"
    t.string "working_relationships_ciphertext"
    t.boolean "would_reemploy_any"
    t.text "would_reemploy_any_reason_ciphertext"
    t.boolean "would_reemploy_current"
    t.text "would_reemploy_current_reason_ciphertext"
    t.index ["reference_request_id"], name: "index_job_references_on_reference_request_id", unique: true
  end

  create_table "jobseeker_profile_excluded_organisations", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at", null: false
    t.uuid "jobseeker_profile_id", null: false
    t.uuid "organisation_id", null: false
    t.datetime "updated_at", null: false
    t.index ["jobseeker_profile_id"], name: "index_excluded_organisations_on_jobseeker_profile_id"
    t.index ["organisation_id"], name: "index_excluded_organisations_on_organisation_id"
  end

  create_table "jobseeker_profiles", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.string "about_you"
    t.boolean "active", default: false, null: false
    t.datetime "created_at", null: false
    t.boolean "is_statutory_induction_complete"
    t.uuid "jobseeker_id", null: false
    t.string "qts_age_range_and_subject"
    t.integer "qualified_teacher_status"
    t.text "qualified_teacher_status_details"
    t.string "qualified_teacher_status_year"
    t.boolean "requested_hidden_profile"
    t.string "statutory_induction_complete_details"
    t.text "teacher_reference_number_ciphertext"
    t.datetime "updated_at", null: false
    t.index ["jobseeker_id"], name: "index_jobseeker_profiles_jobseeker_id", unique: true
  end

  create_table "jobseekers", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.date "account_closed_on"
    t.string "account_merge_confirmation_code"
    t.datetime "account_merge_confirmation_code_generated_at"
    t.datetime "created_at", null: false
    t.datetime "current_sign_in_at", precision: nil
    t.text "current_sign_in_ip_ciphertext"
    t.string "email", default: "", null: false
    t.boolean "email_opt_out", default: false, null: false
    t.text "email_opt_out_comment"
    t.integer "email_opt_out_reason"
    t.string "govuk_one_login_id"
    t.datetime "last_sign_in_at", precision: nil
    t.text "last_sign_in_ip_ciphertext"
    t.integer "sign_in_count", default: 0, null: false
    t.datetime "updated_at", null: false
    t.index ["email"], name: "index_jobseekers_on_email", unique: true
    t.index ["govuk_one_login_id"], name: "index_jobseekers_on_govuk_one_login_id", unique: true
  end

  create_table "local_authority_publisher_schools", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at", null: false
    t.uuid "publisher_preference_id", null: false
    t.uuid "school_id", null: false
    t.datetime "updated_at", null: false
    t.index ["publisher_preference_id"], name: "index_local_authority_publisher_schools_publisher_preference_id"
    t.index ["school_id"], name: "index_local_authority_publisher_schools_on_school_id"
  end

  create_table "location_polygons", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.geography "area", limit: {srid: 4326, type: "geometry", geographic: true}
    t.geography "centroid", limit: {srid: 4326, type: "st_point", geographic: true}
    t.datetime "created_at", precision: nil, null: false
    t.string "location_type"
    t.string "name", null: false
    t.geometry "uk_area", limit: {srid: 27700, type: "geometry"}
    t.geometry "uk_centroid", limit: {srid: 27700, type: "st_point"}
    t.datetime "updated_at", precision: nil, null: false
    t.index ["area"], name: "index_location_polygons_on_area", using: :gist
    t.index ["centroid"], name: "index_location_polygons_on_centroid", using: :gist
    t.index ["name"], name: "index_location_polygons_on_name"
    t.index ["uk_area"], name: "index_location_polygons_on_uk_area", using: :gist
    t.index ["uk_centroid"], name: "index_location_polygons_on_uk_centroid", using: :gist
  end

  create_table "message_templates", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at", null: false
    t.string "name", null: false
    t.uuid "publisher_id", null: false
    t.integer "template_type", null: false
    t.datetime "updated_at", null: false
    t.index ["publisher_id"], name: "index_message_templates_on_publisher_id"
  end

  create_table "messages", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.uuid "conversation_id", null: false
    t.datetime "created_at", null: false
    t.boolean "read", default: false, null: false
    t.uuid "sender_id", null: false
    t.string "type", null: false
    t.datetime "updated_at", null: false
    t.index ["conversation_id"], name: "index_messages_on_conversation_id"
    t.index ["sender_id"], name: "index_messages_on_sender_id"
    t.index ["type", "created_at"], name: "index_messages_unread_on_type_created_at", where: "(read = false)"
  end

  create_table "notes", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.string "content", null: false
    t.datetime "created_at", null: false
    t.datetime "discarded_at"
    t.uuid "job_application_id", null: false
    t.uuid "publisher_id", null: false
    t.datetime "updated_at", null: false
    t.index ["discarded_at"], name: "index_notes_on_discarded_at"
    t.index ["job_application_id"], name: "index_notes_on_job_application_id"
    t.index ["publisher_id"], name: "index_notes_on_publisher_id"
  end

  create_table "noticed_events", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at", null: false
    t.integer "notifications_count"
    t.jsonb "params"
    t.uuid "record_id"
    t.string "record_type"
    t.string "type"
    t.datetime "updated_at", null: false
    t.index ["record_type", "record_id"], name: "index_noticed_events_on_record"
  end

  create_table "noticed_notifications", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at", null: false
    t.uuid "event_id", null: false
    t.datetime "read_at", precision: nil
    t.uuid "recipient_id", null: false
    t.string "recipient_type", null: false
    t.datetime "seen_at", precision: nil
    t.string "type"
    t.datetime "updated_at", null: false
    t.index ["event_id"], name: "index_noticed_notifications_on_event_id"
    t.index ["recipient_type", "recipient_id"], name: "index_noticed_notifications_on_recipient"
  end

  create_table "organisation_publisher_preferences", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at", null: false
    t.uuid "organisation_id", null: false
    t.uuid "publisher_preference_id", null: false
    t.datetime "updated_at", null: false
    t.index ["organisation_id"], name: "index_organisation_publisher_preferences_on_organisation_id"
    t.index ["publisher_preference_id"], name: "index_organisation_publisher_preferences_publisher_preference_i"
  end

  create_table "organisation_publishers", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at", null: false
    t.uuid "organisation_id", null: false
    t.uuid "publisher_id", null: false
    t.datetime "updated_at", null: false
    t.index ["organisation_id"], name: "index_organisation_publishers_organisation_id"
    t.index ["publisher_id"], name: "index_organisation_publishers_publisher_id"
  end

  create_table "organisation_vacancies", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at"
    t.uuid "organisation_id", null: false
    t.datetime "updated_at"
    t.uuid "vacancy_id", null: false
    t.index ["organisation_id", "vacancy_id"], name: "index_organisation_vacancies_on_organisation_id_and_vacancy_id", unique: true
    t.index ["vacancy_id", "organisation_id"], name: "index_organisation_vacancies_on_vacancy_id_and_organisation_id", unique: true
  end

  create_table "organisations", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.string "address"
    t.text "address3"
    t.string "county"
    t.datetime "created_at", precision: nil, null: false
    t.text "description"
    t.string "detailed_school_type"
    t.datetime "discarded_at"
    t.string "email"
    t.string "establishment_status"
    t.geography "geopoint", limit: {srid: 4326, type: "st_point", geographic: true}
    t.json "gias_data"
    t.text "gias_data_hash"
    t.string "group_type"
    t.string "local_authority_code"
    t.string "local_authority_within"
    t.text "locality"
    t.integer "maximum_age"
    t.integer "minimum_age"
    t.string "name"
    t.integer "phase"
    t.string "postcode"
    t.string "region"
    t.string "religious_character", default: "None", null: false
    t.string "safeguarding_information", default: "Our organisation is committed to safeguarding and promoting the welfare of children, young people and vulnerable adults. We expect all staff, volunteers and trustees to share this commitment.\n\nOur recruitment process follows the keeping children safe in education guidance.\n\nOffers of employment may be subject to the following checks (where relevant):\nchildcare disqualification\nDisclosure and Barring Service (DBS)\nmedical\nonline and social media\nprohibition from teaching\nright to work\nsatisfactory references\nsuitability to work with children\n\nYou must tell us about any unspent conviction, cautions, reprimands or warnings under the Rehabilitation of Offenders Act 1974 (Exceptions) Order 1975."
    t.string "school_type"
    t.tsvector "searchable_content"
    t.string "slug"
    t.string "town"
    t.string "type"
    t.string "uid"
    t.geometry "uk_geopoint", limit: {srid: 27700, type: "st_point"}
    t.datetime "updated_at", precision: nil, null: false
    t.string "url"
    t.string "url_override"
    t.string "urn"
    t.index ["geopoint"], name: "index_organisations_on_geopoint", using: :gist
    t.index ["local_authority_code"], name: "index_organisations_on_local_authority_code", unique: true
    t.index ["searchable_content"], name: "index_organisations_on_searchable_content", using: :gin
    t.index ["slug"], name: "index_organisations_on_slug", unique: true
    t.index ["type"], name: "index_organisations_on_type"
    t.index ["uid"], name: "index_organisations_on_uid", unique: true
    t.index ["uk_geopoint"], name: "index_organisations_on_uk_geopoint", using: :gist
    t.index ["urn"], name: "index_organisations_on_urn", unique: true
  end

  create_table "personal_details", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.json "completed_steps", default: {}, null: false
    t.datetime "created_at", null: false
    t.text "first_name_ciphertext"
    t.boolean "has_right_to_work_in_uk"
    t.uuid "jobseeker_profile_id", null: false
    t.text "last_name_ciphertext"
    t.text "phone_number_ciphertext"
    t.boolean "phone_number_provided"
    t.datetime "updated_at", null: false
    t.index ["jobseeker_profile_id"], name: "index_personal_details_jobseeker_profile_id", unique: true
  end

  create_table "pre_employment_check_sets", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.boolean "childrens_barred_list", default: false, null: false
    t.datetime "created_at", null: false
    t.boolean "enhanced_dbs_check", default: false, null: false
    t.boolean "identity_check", default: false, null: false
    t.uuid "job_application_id", null: false
    t.boolean "mental_and_physical_fitness", default: false, null: false
    t.boolean "overseas_checks", default: false, null: false
    t.boolean "professional_qualifications", default: false, null: false
    t.boolean "right_to_work_in_uk", default: false, null: false
    t.datetime "updated_at", null: false
    t.index ["job_application_id"], name: "index_pre_employment_check_sets_on_job_application_id", unique: true
  end

  create_table "professional_body_memberships", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at", null: false
    t.boolean "exam_taken", default: false, null: false
    t.uuid "job_application_id", null: false
    t.string "membership_number"
    t.string "membership_type"
    t.string "name", null: false
    t.datetime "updated_at", null: false
    t.integer "year_membership_obtained"
    t.index ["job_application_id"], name: "index_professional_body_memberships_on_job_application_id"
  end

  create_table "publisher_ats_api_clients", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.string "api_key", null: false
    t.datetime "created_at", null: false
    t.datetime "last_rotated_at", null: false
    t.string "name", null: false
    t.datetime "updated_at", null: false
  end

  create_table "publisher_preferences", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at"
    t.uuid "organisation_id", null: false
    t.uuid "publisher_id", null: false
    t.datetime "updated_at"
    t.index ["organisation_id"], name: "index_publisher_preferences_on_organisation_id"
    t.index ["publisher_id"], name: "index_publisher_preferences_on_publisher_id"
  end

  create_table "publishers", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "accepted_terms_at", precision: nil
    t.datetime "created_at"
    t.datetime "dismissed_new_features_page_at", precision: nil
    t.string "email"
    t.boolean "email_opt_out", default: false, null: false
    t.text "family_name_ciphertext"
    t.text "given_name_ciphertext"
    t.string "oid", null: false
    t.datetime "unsubscribed_from_expired_vacancy_prompt_at", precision: nil
    t.datetime "updated_at"
    t.index ["email"], name: "index_publishers_on_email"
    t.index ["oid"], name: "index_publishers_on_oid", unique: true
  end

  create_table "qualification_results", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.string "awarding_body"
    t.datetime "created_at", null: false
    t.string "grade", null: false
    t.uuid "qualification_id", null: false
    t.string "subject", null: false
    t.datetime "updated_at", null: false
    t.index ["qualification_id"], name: "index_qualification_results_on_qualification_id"
  end

  create_table "qualifications", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.string "awarding_body"
    t.integer "category"
    t.datetime "created_at", null: false
    t.boolean "finished_studying"
    t.text "finished_studying_details_ciphertext"
    t.string "grade", default: "", null: false
    t.string "institution", default: "", null: false
    t.uuid "job_application_id"
    t.uuid "jobseeker_profile_id"
    t.integer "month"
    t.string "name", default: "", null: false
    t.string "subject", default: "", null: false
    t.datetime "updated_at", null: false
    t.integer "year"
    t.index ["job_application_id"], name: "index_qualifications_on_job_application_id"
    t.index ["jobseeker_profile_id"], name: "index_qualifications_on_jobseeker_profile_id"
  end

  create_table "reference_requests", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at", null: false
    t.string "email"
    t.boolean "marked_as_complete", default: false, null: false
    t.uuid "reference_id", null: false
    t.boolean "reminder_sent", default: false, null: false
    t.integer "status", null: false
    t.uuid "token"
    t.datetime "updated_at", null: false
    t.index ["reference_id"], name: "index_reference_requests_on_reference_id", unique: true
  end

  create_table "references", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at", null: false
    t.text "email_ciphertext"
    t.boolean "is_most_recent_employer"
    t.uuid "job_application_id", null: false
    t.text "job_title_ciphertext"
    t.text "name_ciphertext"
    t.text "organisation_ciphertext"
    t.text "phone_number_ciphertext"
    t.string "relationship", default: "", null: false
    t.datetime "updated_at", null: false
    t.index ["job_application_id"], name: "index_references_on_job_application_id"
  end

  create_table "religious_reference_requests", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at", null: false
    t.uuid "job_application_id", null: false
    t.integer "status", null: false
    t.datetime "updated_at", null: false
    t.index ["job_application_id"], name: "index_religious_reference_requests_on_job_application_id", unique: true
  end

  create_table "saved_jobs", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at", null: false
    t.uuid "jobseeker_id", null: false
    t.datetime "updated_at", null: false
    t.uuid "vacancy_id", null: false
    t.index ["jobseeker_id"], name: "index_saved_jobs_on_jobseeker_id"
    t.index ["vacancy_id"], name: "index_saved_jobs_vacancy_id"
  end

  create_table "school_group_memberships", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at"
    t.boolean "do_not_delete"
    t.uuid "school_group_id", null: false
    t.uuid "school_id", null: false
    t.datetime "updated_at"
    t.index ["school_group_id", "school_id"], name: "index_school_group_memberships_on_school_group_id_and_school_id"
    t.index ["school_id", "school_group_id"], name: "index_school_group_memberships_on_school_id_and_school_group_id", unique: true
  end

  create_table "self_disclosure_requests", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at", null: false
    t.uuid "job_application_id", null: false
    t.boolean "marked_as_complete", default: false, null: false
    t.integer "status"
    t.datetime "updated_at", null: false
    t.index ["job_application_id"], name: "index_self_disclosure_requests_on_job_application_id", unique: true
  end

  create_table "self_disclosures", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.string "address_line_1_ciphertext"
    t.string "address_line_2_ciphertext"
    t.string "agreed_for_criminal_record_ciphertext"
    t.string "agreed_for_information_sharing_ciphertext"
    t.string "agreed_for_organisation_update_ciphertext"
    t.string "agreed_for_processing_ciphertext"
    t.string "city_ciphertext"
    t.string "country_ciphertext"
    t.datetime "created_at", null: false
    t.string "date_of_birth_ciphertext"
    t.string "has_been_disciplined_by_regulatory_body_ciphertext"
    t.string "has_been_disciplined_ciphertext"
    t.string "has_been_dismissed_ciphertext"
    t.string "has_been_referred_ciphertext"
    t.string "has_spent_convictions_ciphertext"
    t.string "has_unspent_convictions_ciphertext"
    t.string "is_barred_ciphertext"
    t.string "is_known_to_children_services_ciphertext"
    t.string "name_ciphertext"
    t.string "phone_number_ciphertext"
    t.string "postcode_ciphertext"
    t.string "previous_names_ciphertext"
    t.uuid "self_disclosure_request_id", null: false
    t.string "true_and_complete_ciphertext"
    t.datetime "updated_at", null: false
    t.index ["self_disclosure_request_id"], name: "index_self_disclosures_on_self_disclosure_request_id", unique: true
  end

  create_table "sessions", force: :cascade do |t|
    t.datetime "created_at", precision: nil, null: false
    t.text "data"
    t.string "session_id", null: false
    t.datetime "updated_at", precision: nil, null: false
    t.index ["session_id"], name: "index_sessions_on_session_id", unique: true
    t.index ["updated_at"], name: "index_sessions_on_updated_at"
  end

  create_table "solid_queue_blocked_executions", force: :cascade do |t|
    t.string "concurrency_key", null: false
    t.datetime "created_at", null: false
    t.datetime "expires_at", null: false
    t.bigint "job_id", null: false
    t.integer "priority", default: 0, null: false
    t.string "queue_name", null: false
    t.index ["concurrency_key", "priority", "job_id"], name: "index_solid_queue_blocked_executions_for_release"
    t.index ["expires_at", "concurrency_key"], name: "index_solid_queue_blocked_executions_for_maintenance"
    t.index ["job_id"], name: "index_solid_queue_blocked_executions_on_job_id", unique: true
  end

  create_table "solid_queue_claimed_executions", force: :cascade do |t|
    t.datetime "created_at", null: false
    t.bigint "job_id", null: false
    t.bigint "process_id"
    t.index ["job_id"], name: "index_solid_queue_claimed_executions_on_job_id", unique: true
    t.index ["process_id", "job_id"], name: "index_solid_queue_claimed_executions_on_process_id_and_job_id"
  end

  create_table "solid_queue_failed_executions", force: :cascade do |t|
    t.datetime "created_at", null: false
    t.text "error"
    t.bigint "job_id", null: false
    t.index ["job_id"], name: "index_solid_queue_failed_executions_on_job_id", unique: true
  end

  create_table "solid_queue_jobs", force: :cascade do |t|
    t.string "active_job_id"
    t.text "arguments"
    t.string "class_name", null: false
    t.string "concurrency_key"
    t.datetime "created_at", null: false
    t.datetime "finished_at"
    t.integer "priority", default: 0, null: false
    t.string "queue_name", null: false
    t.datetime "scheduled_at"
    t.datetime "updated_at", null: false
    t.index ["active_job_id"], name: "index_solid_queue_jobs_on_active_job_id"
    t.index ["class_name"], name: "index_solid_queue_jobs_on_class_name"
    t.index ["finished_at"], name: "index_solid_queue_jobs_on_finished_at"
    t.index ["queue_name", "finished_at"], name: "index_solid_queue_jobs_for_filtering"
    t.index ["scheduled_at", "finished_at"], name: "index_solid_queue_jobs_for_alerting"
  end

  create_table "solid_queue_pauses", force: :cascade do |t|
    t.datetime "created_at", null: false
    t.string "queue_name", null: false
    t.index ["queue_name"], name: "index_solid_queue_pauses_on_queue_name", unique: true
  end

  create_table "solid_queue_processes", force: :cascade do |t|
    t.datetime "created_at", null: false
    t.string "hostname"
    t.string "kind", null: false
    t.datetime "last_heartbeat_at", null: false
    t.text "metadata"
    t.string "name", null: false
    t.integer "pid", null: false
    t.bigint "supervisor_id"
    t.index ["last_heartbeat_at"], name: "index_solid_queue_processes_on_last_heartbeat_at"
    t.index ["name", "supervisor_id"], name: "index_solid_queue_processes_on_name_and_supervisor_id", unique: true
    t.index ["supervisor_id"], name: "index_solid_queue_processes_on_supervisor_id"
  end

  create_table "solid_queue_ready_executions", force: :cascade do |t|
    t.datetime "created_at", null: false
    t.bigint "job_id", null: false
    t.integer "priority", default: 0, null: false
    t.string "queue_name", null: false
    t.index ["job_id"], name: "index_solid_queue_ready_executions_on_job_id", unique: true
    t.index ["priority", "job_id"], name: "index_solid_queue_poll_all"
    t.index ["queue_name", "priority", "job_id"], name: "index_solid_queue_poll_by_queue"
  end

  create_table "solid_queue_recurring_executions", force: :cascade do |t|
    t.datetime "created_at", null: false
    t.bigint "job_id", null: false
    t.datetime "run_at", null: false
    t.string "task_key", null: false
    t.index ["job_id"], name: "index_solid_queue_recurring_executions_on_job_id", unique: true
    t.index ["task_key", "run_at"], name: "index_solid_queue_recurring_executions_on_task_key_and_run_at", unique: true
  end

  create_table "solid_queue_recurring_tasks", force: :cascade do |t|
    t.text "arguments"
    t.string "class_name"
    t.string "command", limit: 2048
    t.datetime "created_at", null: false
    t.text "description"
    t.string "key", null: false
    t.integer "priority", default: 0
    t.string "queue_name"
    t.string "schedule", null: false
    t.boolean "static", default: true, null: false
    t.datetime "updated_at", null: false
    t.index ["key"], name: "index_solid_queue_recurring_tasks_on_key", unique: true
    t.index ["static"], name: "index_solid_queue_recurring_tasks_on_static"
  end

  create_table "solid_queue_scheduled_executions", force: :cascade do |t|
    t.datetime "created_at", null: false
    t.bigint "job_id", null: false
    t.integer "priority", default: 0, null: false
    t.string "queue_name", null: false
    t.datetime "scheduled_at", null: false
    t.index ["job_id"], name: "index_solid_queue_scheduled_executions_on_job_id", unique: true
    t.index ["scheduled_at", "priority", "job_id"], name: "index_solid_queue_dispatch_all"
  end

  create_table "solid_queue_semaphores", force: :cascade do |t|
    t.datetime "created_at", null: false
    t.datetime "expires_at", null: false
    t.string "key", null: false
    t.datetime "updated_at", null: false
    t.integer "value", default: 1, null: false
    t.index ["expires_at"], name: "index_solid_queue_semaphores_on_expires_at"
    t.index ["key", "value"], name: "index_solid_queue_semaphores_on_key_and_value"
    t.index ["key"], name: "index_solid_queue_semaphores_on_key", unique: true
  end

  create_table "subscriptions", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.geometry "area", limit: {srid: 4326, type: "geometry"}
    t.datetime "created_at", precision: nil, null: false
    t.datetime "deletion_warning_email_sent_at"
    t.string "email"
    t.integer "frequency"
    t.geometry "geopoint", limit: {srid: 4326, type: "geometry"}
    t.integer "radius_in_metres"
    t.float "recaptcha_score"
    t.jsonb "search_criteria"
    t.geometry "uk_area", limit: {srid: 27700, type: "geometry"}
    t.geometry "uk_geopoint", limit: {srid: 27700, type: "st_point"}
    t.datetime "unsubscribed_at", precision: nil
    t.datetime "updated_at", precision: nil, null: false
    t.index ["area"], name: "index_subscriptions_on_area", using: :gist
    t.index ["email"], name: "index_subscriptions_on_email"
    t.index ["geopoint"], name: "index_subscriptions_on_geopoint", using: :gist
    t.index ["uk_area"], name: "index_subscriptions_on_uk_area", using: :gist
    t.index ["uk_geopoint"], name: "index_subscriptions_on_uk_geopoint", using: :gist
  end

  create_table "support_users", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at", null: false
    t.string "email"
    t.string "family_name"
    t.string "given_name"
    t.string "oid"
    t.datetime "updated_at", null: false
    t.index ["oid"], name: "index_support_users_on_oid"
  end

  create_table "training_and_cpds", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.string "course_length"
    t.datetime "created_at", null: false
    t.string "grade"
    t.uuid "job_application_id", null: false
    t.string "name", null: false
    t.string "provider"
    t.datetime "updated_at", null: false
    t.string "year_awarded", null: false
    t.index ["job_application_id"], name: "index_training_and_cpds_on_job_application_id"
  end

  create_table "vacancies", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.text "about_school"
    t.string "actual_salary"
    t.boolean "anonymise_applications", default: false
    t.string "application_email"
    t.string "application_link"
    t.boolean "benefits"
    t.text "benefits_details"
    t.string "completed_steps", default: [], null: false, array: true
    t.string "contact_email"
    t.string "contact_number"
    t.boolean "contact_number_provided"
    t.integer "contract_type"
    t.datetime "created_at", precision: nil, null: false
    t.datetime "discarded_at"
    t.date "earliest_start_date"
    t.integer "ect_status"
    t.boolean "enable_job_applications"
    t.datetime "expired_vacancy_feedback_email_sent_at", precision: nil
    t.datetime "expires_at", precision: nil
    t.integer "extension_reason"
    t.string "external_advert_url"
    t.string "external_reference"
    t.string "external_source"
    t.boolean "fe_role_qts_required"
    t.string "fixed_term_contract_duration"
    t.string "flexi_working"
    t.boolean "flexi_working_details_provided"
    t.string "further_details"
    t.boolean "further_details_provided"
    t.geography "geolocation", limit: {srid: 4326, type: "geometry", geographic: true}
    t.integer "hired_status"
    t.string "hourly_rate"
    t.boolean "include_additional_documents"
    t.boolean "is_job_share"
    t.boolean "is_parental_leave_cover"
    t.string "job_address_county"
    t.string "job_address_line1"
    t.string "job_address_line2"
    t.string "job_address_postcode"
    t.string "job_address_town"
    t.text "job_advert"
    t.integer "job_location"
    t.integer "job_roles", array: true
    t.string "job_title"
    t.integer "key_stages", array: true
    t.date "latest_start_date"
    t.integer "listed_elsewhere"
    t.string "other_extension_reason_details"
    t.text "other_start_date_details"
    t.string "pay_scale"
    t.integer "phases", array: true
    t.date "publish_on"
    t.uuid "publisher_ats_api_client_id"
    t.uuid "publisher_id"
    t.uuid "publisher_organisation_id"
    t.string "readable_job_location"
    t.string "readable_phases", default: [], array: true
    t.integer "receive_applications"
    t.integer "religion_type"
    t.string "salary"
    t.string "school_offer"
    t.boolean "school_visits"
    t.tsvector "searchable_content"
    t.string "skills_and_experience"
    t.string "slug", null: false
    t.integer "start_date_type"
    t.boolean "starts_asap"
    t.date "starts_on"
    t.datetime "stats_updated_at", precision: nil
    t.string "subjects", array: true
    t.string "type", null: false
    t.geometry "uk_geolocation", limit: {srid: 27700, type: "geometry"}
    t.datetime "updated_at", precision: nil, null: false
    t.boolean "visa_sponsorship_available"
    t.integer "working_patterns", array: true
    t.text "working_patterns_details"
    t.index ["contact_email"], name: "index_vacancies_on_contact_email"
    t.index ["discarded_at"], name: "index_vacancies_on_discarded_at"
    t.index ["expires_at"], name: "index_vacancies_on_expires_at"
    t.index ["external_reference", "publisher_ats_api_client_id"], name: "index_kept_unique_vacancies_on_external_ref_and_client_id", unique: true, where: "(discarded_at IS NULL)"
    t.index ["external_source", "external_reference"], name: "index_vacancies_on_external_source_and_external_reference"
    t.index ["geolocation", "expires_at", "publish_on"], name: "index_vacancies_on_geolocation_and_expires_at_and_publish_on", using: :gist
    t.index ["publish_on"], name: "index_vacancies_on_publish_on"
    t.index ["publisher_ats_api_client_id"], name: "index_vacancies_on_publisher_ats_api_client_id"
    t.index ["publisher_id"], name: "index_vacancies_on_publisher_id"
    t.index ["publisher_organisation_id"], name: "index_vacancies_on_publisher_organisation_id"
    t.index ["searchable_content"], name: "index_vacancies_on_searchable_content", using: :gin
    t.index ["slug"], name: "index_vacancies_on_slug"
    t.index ["type"], name: "index_vacancies_on_type"
    t.index ["uk_geolocation"], name: "index_vacancies_on_uk_geolocation", using: :gist
  end

  create_table "vacancy_analytics", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.datetime "created_at", null: false
    t.jsonb "referrer_counts", default: {}, null: false
    t.datetime "updated_at", null: false
    t.uuid "vacancy_id", null: false
    t.index ["referrer_counts"], name: "index_vacancy_analytics_on_referrer_counts", using: :gin
    t.index ["vacancy_id"], name: "index_vacancy_analytics_on_vacancy_id", unique: true
  end

  create_table "vacancy_conflict_attempts", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.integer "attempts_count", default: 1, null: false
    t.uuid "conflicting_vacancy_id", null: false
    t.datetime "created_at", null: false
    t.datetime "first_attempted_at", null: false
    t.datetime "last_attempted_at", null: false
    t.uuid "publisher_ats_api_client_id", null: false
    t.datetime "updated_at", null: false
    t.index ["conflicting_vacancy_id"], name: "index_vacancy_conflict_attempts_on_conflicting_vacancy_id"
    t.index ["publisher_ats_api_client_id", "conflicting_vacancy_id"], name: "idx_conflict_attempts_on_client_and_vacancy", unique: true
    t.index ["publisher_ats_api_client_id", "last_attempted_at"], name: "idx_conflict_attempts_on_client_and_last_attempt"
  end

  create_table "vacancy_templates", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.string "actual_salary"
    t.boolean "anonymise_applications"
    t.boolean "benefits"
    t.text "benefits_details"
    t.integer "contract_type"
    t.datetime "created_at", null: false
    t.integer "ect_status"
    t.boolean "enable_job_applications"
    t.boolean "fe_role_qts_required"
    t.string "fixed_term_contract_duration"
    t.string "flexi_working"
    t.boolean "flexi_working_details_provided"
    t.string "further_details"
    t.boolean "further_details_provided"
    t.string "hourly_rate"
    t.boolean "is_job_share"
    t.boolean "is_parental_leave_cover"
    t.string "job_address_county"
    t.string "job_address_line1"
    t.string "job_address_line2"
    t.string "job_address_postcode"
    t.string "job_address_town"
    t.integer "job_roles", array: true
    t.integer "key_stages", array: true
    t.string "name", null: false
    t.uuid "organisation_id", null: false
    t.string "pay_scale"
    t.integer "phases", array: true
    t.integer "receive_applications"
    t.integer "religion_type"
    t.string "salary"
    t.string "school_offer"
    t.boolean "school_visits"
    t.string "skills_and_experience"
    t.string "subjects", array: true
    t.datetime "updated_at", null: false
    t.boolean "visa_sponsorship_available"
    t.integer "working_patterns", array: true
    t.text "working_patterns_details"
    t.index ["organisation_id"], name: "index_vacancy_templates_on_organisation_id"
  end

  create_table "versions", force: :cascade do |t|
    t.datetime "created_at", precision: nil
    t.string "event", null: false
    t.uuid "item_id", null: false
    t.string "item_type", null: false
    t.text "object"
    t.jsonb "object_changes"
    t.string "whodunnit"
    t.index ["item_type", "item_id"], name: "index_versions_on_item_type_and_item_id"
  end

  add_foreign_key "active_storage_attachments", "active_storage_blobs", column: "blob_id"
  add_foreign_key "active_storage_variant_records", "active_storage_blobs", column: "blob_id"
  add_foreign_key "alert_runs", "subscriptions"
  add_foreign_key "batchable_job_applications", "job_application_batches"
  add_foreign_key "batchable_job_applications", "job_applications", on_delete: :nullify
  add_foreign_key "conversations", "job_applications"
  add_foreign_key "employments", "job_applications"
  add_foreign_key "employments", "jobseeker_profiles"
  add_foreign_key "equal_opportunities_reports", "vacancies"
  add_foreign_key "feedbacks", "job_applications"
  add_foreign_key "feedbacks", "jobseekers"
  add_foreign_key "feedbacks", "publishers"
  add_foreign_key "feedbacks", "subscriptions"
  add_foreign_key "feedbacks", "vacancies"
  add_foreign_key "job_application_batches", "vacancies"
  add_foreign_key "job_applications", "jobseekers"
  add_foreign_key "job_applications", "vacancies"
  add_foreign_key "job_preferences", "jobseeker_profiles"
  add_foreign_key "job_preferences_locations", "job_preferences", column: "job_preferences_id"
  add_foreign_key "job_references", "reference_requests"
  add_foreign_key "jobseeker_profile_excluded_organisations", "jobseeker_profiles"
  add_foreign_key "jobseeker_profile_excluded_organisations", "organisations"
  add_foreign_key "jobseeker_profiles", "jobseekers"
  add_foreign_key "local_authority_publisher_schools", "organisations", column: "school_id", on_delete: :nullify
  add_foreign_key "local_authority_publisher_schools", "publisher_preferences"
  add_foreign_key "message_templates", "publishers"
  add_foreign_key "messages", "conversations"
  add_foreign_key "notes", "job_applications"
  add_foreign_key "notes", "publishers"
  add_foreign_key "organisation_publisher_preferences", "organisations"
  add_foreign_key "organisation_publisher_preferences", "publisher_preferences"
  add_foreign_key "organisation_publishers", "organisations"
  add_foreign_key "organisation_publishers", "publishers"
  add_foreign_key "organisation_vacancies", "organisations"
  add_foreign_key "organisation_vacancies", "vacancies"
  add_foreign_key "personal_details", "jobseeker_profiles"
  add_foreign_key "pre_employment_check_sets", "job_applications"
  add_foreign_key "professional_body_memberships", "job_applications"
  add_foreign_key "publisher_preferences", "organisations"
  add_foreign_key "publisher_preferences", "publishers"
  add_foreign_key "qualification_results", "qualifications"
  add_foreign_key "qualifications", "job_applications"
  add_foreign_key "qualifications", "jobseeker_profiles"
  add_foreign_key "reference_requests", "references"
  add_foreign_key "references", "job_applications"
  add_foreign_key "religious_reference_requests", "job_applications"
  add_foreign_key "saved_jobs", "jobseekers"
  add_foreign_key "saved_jobs", "vacancies"
  add_foreign_key "school_group_memberships", "organisations", column: "school_group_id"
  add_foreign_key "school_group_memberships", "organisations", column: "school_id"
  add_foreign_key "self_disclosure_requests", "job_applications"
  add_foreign_key "self_disclosures", "self_disclosure_requests"
  add_foreign_key "solid_queue_blocked_executions", "solid_queue_jobs", column: "job_id", on_delete: :cascade
  add_foreign_key "solid_queue_claimed_executions", "solid_queue_jobs", column: "job_id", on_delete: :cascade
  add_foreign_key "solid_queue_failed_executions", "solid_queue_jobs", column: "job_id", on_delete: :cascade
  add_foreign_key "solid_queue_ready_executions", "solid_queue_jobs", column: "job_id", on_delete: :cascade
  add_foreign_key "solid_queue_recurring_executions", "solid_queue_jobs", column: "job_id", on_delete: :cascade
  add_foreign_key "solid_queue_scheduled_executions", "solid_queue_jobs", column: "job_id", on_delete: :cascade
  add_foreign_key "training_and_cpds", "job_applications"
  add_foreign_key "vacancies", "organisations", column: "publisher_organisation_id"
  add_foreign_key "vacancies", "publisher_ats_api_clients"
  add_foreign_key "vacancies", "publishers"
  add_foreign_key "vacancy_analytics", "vacancies"
  add_foreign_key "vacancy_conflict_attempts", "publisher_ats_api_clients"
  add_foreign_key "vacancy_conflict_attempts", "vacancies", column: "conflicting_vacancy_id"
  add_foreign_key "vacancy_templates", "organisations"
end
