#  Copyright (c) 2026, Hitobito AG. This file is part of
#  hitobito and licensed under the Affero General Public License version 3
#  or later. See the COPYING file at the top-level directory or at
#  https://github.com/hitobito/hitobito.

class NullifyTemplateIdOfOrphanedEventQuestions < ActiveRecord::Migration[8.0]
  def up
    execute <<-SQL
      UPDATE "event_questions"
      SET "template_id" = NULL
      WHERE "template_id" IS NOT NULL
        AND "template_id" NOT IN (SELECT "id" FROM "event_question_templates");
    SQL
  end
end
