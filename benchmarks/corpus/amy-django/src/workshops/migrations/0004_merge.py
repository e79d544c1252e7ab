from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0003_remove_person_slug"),
        ("workshops", "0003_auto_20150227_1245"),
    ]

    operations = []
