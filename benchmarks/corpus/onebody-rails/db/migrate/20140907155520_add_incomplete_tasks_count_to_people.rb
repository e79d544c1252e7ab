class AddIncompleteTasksCountToPeople < ActiveRecord::Migration[4.2]
  def change
    add_column :people, :incomplete_tasks_count, :integer, default: 0
  end
end
