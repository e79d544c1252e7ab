from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0064_dc_instructor_badge"),
        ("workshops", "0065_multiple_memberships"),
    ]

    operations = []
