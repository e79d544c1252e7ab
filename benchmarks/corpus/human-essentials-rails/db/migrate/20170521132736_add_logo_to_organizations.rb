# Organizations can now have their own custom logo
class AddLogoToOrganizations < ActiveRecord::Migration[5.0]

end
