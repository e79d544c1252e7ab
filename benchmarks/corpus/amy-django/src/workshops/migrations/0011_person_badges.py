from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0010_merge"),
    ]

    operations = [
        migrations.AddField(
            model_name="person",
            name="badges",
            field=models.ManyToManyField(to="workshops.Badge", through="workshops.Award"),
        ),
    ]
