from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0041_profileupdaterequest"),
        ("workshops", "0039_add_permission_groups"),
    ]

    operations = []
