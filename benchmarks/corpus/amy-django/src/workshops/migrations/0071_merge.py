from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0070_maintainer_trainer_badge"),
        ("workshops", "0070_merge"),
    ]

    operations = []
