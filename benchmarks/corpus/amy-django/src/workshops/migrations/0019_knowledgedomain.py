from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0018_auto_20150629_1034"),
    ]

    operations = [
        migrations.CreateModel(
            name="KnowledgeDomain",
            fields=[
                ("id", models.AutoField(auto_created=True, serialize=False, primary_key=True, verbose_name="ID")),
                ("name", models.CharField(max_length=100)),
            ],
        ),
    ]
