from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0006_merge"),
    ]

    operations = [
        migrations.AlterField(
            model_name="badge",
            name="name",
            field=models.CharField(unique=True, max_length=40),
        ),
    ]
