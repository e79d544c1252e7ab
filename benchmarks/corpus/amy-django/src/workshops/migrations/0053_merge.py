from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0052_merge"),
        ("workshops", "0052_auto_20151003_0451"),
    ]

    operations = []
