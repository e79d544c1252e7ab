from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0011_person_badges"),
        ("workshops", "0014_merge"),
    ]

    operations = []
