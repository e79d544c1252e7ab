from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('juntagrico', '0040_post_1_6'),
    ]

    operations = [
    ]
