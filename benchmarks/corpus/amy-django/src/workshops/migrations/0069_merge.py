from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0068_auto_20160119_0629"),
        ("workshops", "0068_auto_20160119_1247"),
    ]

    operations = []
