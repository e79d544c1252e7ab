from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0012_auto_20150612_0807"),
        ("workshops", "0016_merge"),
    ]

    operations = []
