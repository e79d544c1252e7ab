from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0060_auto_20151111_1245"),
        ("workshops", "0060_published_help_text"),
    ]

    operations = []
