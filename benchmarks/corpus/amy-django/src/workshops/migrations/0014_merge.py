from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0011_auto_20150618_0231"),
        ("workshops", "0013_auto_20150611_0853"),
    ]

    operations = []
