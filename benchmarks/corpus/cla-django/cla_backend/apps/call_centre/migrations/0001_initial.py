# coding=utf-8
from __future__ import unicode_literals

from django.db import models, migrations
import django.utils.timezone
from django.conf import settings

import model_utils.fields


class Migration(migrations.Migration):

    dependencies = [migrations.swappable_dependency(settings.AUTH_USER_MODEL)]

    operations = [
        migrations.CreateModel(
            name="Operator",
            fields=[
                ("id", models.AutoField(verbose_name="ID", serialize=False, auto_created=True, primary_key=True)),
                (
                    "created",
                    model_utils.fields.AutoCreatedField(
                        default=django.utils.timezone.now, verbose_name="created", editable=False
                    ),
                ),
                (
                    "modified",
                    model_utils.fields.AutoLastModifiedField(
                        default=django.utils.timezone.now, verbose_name="modified", editable=False
                    ),
                ),
                ("is_manager", models.BooleanField(default=False)),
                ("is_cla_superuser", models.BooleanField(default=False)),
                ("user", models.OneToOneField(to=settings.AUTH_USER_MODEL)),
            ],
            options={"abstract": False},
            bases=(models.Model,),
        )
    ]
