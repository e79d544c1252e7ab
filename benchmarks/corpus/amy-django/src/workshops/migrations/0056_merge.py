from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0055_auto_20151031_0832"),
        ("workshops", "0054_auto_20151021_1347"),
    ]

    operations = []
