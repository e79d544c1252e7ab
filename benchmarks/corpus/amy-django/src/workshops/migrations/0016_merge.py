from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0013_auto_20150619_1026"),
        ("workshops", "0015_merge"),
    ]

    operations = []
