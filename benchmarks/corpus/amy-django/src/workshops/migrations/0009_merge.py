from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0008_person_notes"),
        ("workshops", "0008_auto_20150525_1547"),
    ]

    operations = []
