# coding=utf-8
from __future__ import unicode_literals

from django.db import models, migrations
import django.utils.timezone
from django.conf import settings
import model_utils.fields


class Migration(migrations.Migration):

    dependencies = [("legalaid", "0001_initial"), migrations.swappable_dependency(settings.AUTH_USER_MODEL)]

    operations = [
        migrations.CreateModel(
            name="Timer",
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
                ("stopped", models.DateTimeField(null=True, blank=True)),
                ("cancelled", models.BooleanField(default=False)),
                ("created_by", models.ForeignKey(to=settings.AUTH_USER_MODEL)),
                ("linked_case", models.ForeignKey(blank=True, to="legalaid.Case", null=True)),
            ],
            options={"abstract": False},
            bases=(models.Model,),
        )
    ]
