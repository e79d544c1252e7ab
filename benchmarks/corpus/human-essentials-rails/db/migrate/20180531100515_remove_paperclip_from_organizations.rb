# Switching to ActiveStorage!
class RemovePaperclipFromOrganizations < ActiveRecord::Migration[5.2]
end
