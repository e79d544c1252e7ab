# frozen_string_literal: true

#  Copyright (c) 2024, Schweizer Alpen-Club. This file is part of hitobito and licensed under the
#  Affero General Public License version 3 or later. See the COPYING file at the top-level directory
#  or at https://github.com/hitobito/hitobito.

class ScheduleRedateJob < ActiveRecord::Migration[7.1]
  def change
    reversible { |dir| dir.up { RedateJob.new.enqueue! } }
  end
end
