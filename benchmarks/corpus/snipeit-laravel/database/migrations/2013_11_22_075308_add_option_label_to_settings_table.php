<?php

use Illuminate\Database\Migrations\Migration;

class AddOptionLabelToSettingsTable extends Migration
{
    /**
     * Run the migrations.
     *
     * @return void
     */
    public function up()
    {
        // Schema::table('settings', function ($table) {
        //   //  $table->string('option_label','80')->nullable();
        // });
    }

    /**
     * Reverse the migrations.
     *
     * @return void
     */
    public function down()
    {
        // Schema::table('settings', function ($table) {
        //     $table->dropColumn('option_label');
        // });
    }
}
