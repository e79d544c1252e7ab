from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0055_todoitem"),
        ("workshops", "0056_merge"),
    ]

    operations = []
