from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0068_fix_underscores_in_usernames"),
        ("workshops", "0069_merge"),
    ]

    operations = []
