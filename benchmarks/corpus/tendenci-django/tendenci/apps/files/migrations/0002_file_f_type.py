from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('files', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='file',
            name='f_type',
            field=models.CharField(max_length=20, null=True, blank=True),
        ),
    ]
