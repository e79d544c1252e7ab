from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0004_merge"),
    ]

    operations = [
        migrations.AddField(
            model_name="event",
            name="deleted",
            field=models.BooleanField(default=False),
            preserve_default=True,
        ),
        migrations.AddField(
            model_name="task",
            name="deleted",
            field=models.BooleanField(default=False),
            preserve_default=True,
        ),
    ]
