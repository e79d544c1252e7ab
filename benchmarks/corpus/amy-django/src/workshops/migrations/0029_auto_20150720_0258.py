import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0028_person_affiliation"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="lesson",
            options={"ordering": ["name"]},
        ),
        migrations.AlterField(
            model_name="award",
            name="event",
            field=models.ForeignKey(
                to="workshops.Event", blank=True, null=True, on_delete=django.db.models.deletion.PROTECT
            ),
        ),
    ]
