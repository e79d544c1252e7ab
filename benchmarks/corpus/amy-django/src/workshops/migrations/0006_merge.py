from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0005_auto_20150404_0953"),
        ("workshops", "0005_auto_20150506_0848"),
    ]

    operations = []
