from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0040_add_country_to_online_events"),
        ("workshops", "0049_auto_20150916_0544"),
    ]

    operations = []
