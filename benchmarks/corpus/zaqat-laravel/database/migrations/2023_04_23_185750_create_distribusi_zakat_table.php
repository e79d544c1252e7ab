<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    /**
     * Run the migrations.
     */
    public function up(): void
    {
        Schema::create('distribusi_zakat', function (Blueprint $table) {
            $table->id();
            $table->string('nama_mustahik');
            $table->string('jenis_zakat');
            $table->integer('jumlah_beras')->nullable();
            $table->integer('jumlah_uang')->nullable();
            $table->timestamps();
        });
    }

    /**
     * Reverse the migrations.
     */
    public function down(): void
    {
        Schema::dropIfExists('distribusi_zakat');
    }
};
