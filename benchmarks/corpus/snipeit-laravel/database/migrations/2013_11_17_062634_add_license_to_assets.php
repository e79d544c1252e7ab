<?php

use Illuminate\Database\Migrations\Migration;

class AddLicenseToAssets extends Migration
{
    /**
     * Run the migrations.
     *
     * @return void
     */
    public function up()
    {
        // Schema::table('assets', function ($table) {
        //     $table->string('license_name')->nullable();
        //     $table->string('license_email')->nullable();
        // });
    }

    /**
     * Reverse the migrations.
     *
     * @return void
     */
    public function down()
    {
        //
    }
}
