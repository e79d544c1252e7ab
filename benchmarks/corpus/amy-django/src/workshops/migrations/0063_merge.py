from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0062_no_invoice_for_historic_events"),
        ("workshops", "0062_add_stalled_unresponsive_tags"),
    ]

    operations = []
