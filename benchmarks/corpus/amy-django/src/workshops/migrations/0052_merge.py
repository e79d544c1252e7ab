from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0040_invoice_status"),
        ("workshops", "0051_auto_20150929_0847"),
    ]

    operations = []
