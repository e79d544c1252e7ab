# coding=utf-8
from __future__ import unicode_literals

from django.db import models, migrations
import django.utils.timezone
import model_utils.fields
import djorm_pgfulltext.fields


class Migration(migrations.Migration):

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Note",
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
                ("name", models.CharField(max_length=50)),
                ("title", models.CharField(max_length=100)),
                ("body", models.TextField()),
                ("raw_body", models.TextField()),
                (
                    "search_index",
                    djorm_pgfulltext.fields.VectorField(default=b"", serialize=False, null=True, editable=False),
                ),
            ],
            options={"abstract": False},
            bases=(models.Model,),
        ),
        migrations.CreateModel(
            name="NoteTagRelation",
            fields=[
                ("id", models.AutoField(verbose_name="ID", serialize=False, auto_created=True, primary_key=True)),
                ("note", models.ForeignKey(to="guidance.Note")),
            ],
            options={"verbose_name": "Tag"},
            bases=(models.Model,),
        ),
        migrations.CreateModel(
            name="Tag",
            fields=[
                ("id", models.AutoField(verbose_name="ID", serialize=False, auto_created=True, primary_key=True)),
                ("title", models.CharField(max_length=100)),
            ],
            options={"ordering": ("title",)},
            bases=(models.Model,),
        ),
        migrations.AddField(
            model_name="notetagrelation", name="tag", field=models.ForeignKey(to="guidance.Tag"), preserve_default=True
        ),
        migrations.AlterUniqueTogether(name="notetagrelation", unique_together=set([("tag", "note")])),
        migrations.AddField(
            model_name="note",
            name="tags",
            field=models.ManyToManyField(related_name="notes", through="guidance.NoteTagRelation", to="guidance.Tag"),
            preserve_default=True,
        ),
    ]
