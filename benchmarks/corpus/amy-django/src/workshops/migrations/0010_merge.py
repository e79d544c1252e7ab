from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0009_merge"),
        ("workshops", "0008_auto_20150522_1304"),
    ]

    operations = []
