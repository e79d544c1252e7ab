class RolifyCreateRoles < ActiveRecord::Migration[7.0]
  def change
    create_table(:roles) do |t|
      t.string :name
      t.references :resource, polymorphic: true

      t.timestamps
    end

    create_table(:staff_accounts_roles, id: false) do |t|
      t.references :staff_account
      t.references :role
    end

    add_index(:roles, [:name, :resource_type, :resource_id])
    add_index(:staff_accounts_roles, [:staff_account_id, :role_id])
  end
end
