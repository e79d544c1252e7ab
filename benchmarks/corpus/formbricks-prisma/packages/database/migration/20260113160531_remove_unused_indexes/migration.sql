-- DropIndex
DROP INDEX "public"."Membership_userId_idx";

-- DropIndex
DROP INDEX "public"."Project_organizationId_idx";

-- DropIndex
DROP INDEX "public"."Response_surveyId_idx";

-- DropIndex
DROP INDEX "public"."Segment_environmentId_idx";

-- DropIndex
DROP INDEX "public"."SurveyAttributeFilter_surveyId_idx";

-- DropIndex
DROP INDEX "public"."SurveyLanguage_languageId_idx";

-- DropIndex
DROP INDEX "public"."SurveyQuota_surveyId_idx";

-- DropIndex
DROP INDEX "public"."SurveyTrigger_surveyId_idx";

-- DropIndex
DROP INDEX "public"."Tag_environmentId_idx";

-- DropIndex
DROP INDEX "public"."TagsOnResponses_responseId_idx";

-- DropIndex
DROP INDEX "public"."User_email_idx";
