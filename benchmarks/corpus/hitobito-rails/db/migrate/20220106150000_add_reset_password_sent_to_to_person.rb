#  frozen_string_literal: true

#  Copyright (c) 2021, Pfadibewegung Schweiz. This file is part of
#  hitobito and licensed under the Affero General Public License version 3
#  or later. See the COPYING file at the top-level directory or at
#  https://github.com/hitobito/hitobito.

class AddResetPasswordSentToToPerson < ActiveRecord::Migration[6.1]
  def change
    add_column :people, :reset_password_sent_to, :string
  end
end
