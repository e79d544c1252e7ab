from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('juntagrico', '0046_member_signup_comment'),
    ]

    operations = [
    ]
