# -*- coding: utf-8 -*-
# This Source Code Form is subject to the terms of the Mozilla Public
# License, v. 2.0. If a copy of the MPL was not distributed with this
# file, You can obtain one at http://mozilla.org/MPL/2.0/.
#
# Copyright (c) 2021-present Kaleidos INC

from __future__ import unicode_literals

from django.db import models, migrations


class Migration(migrations.Migration):

    dependencies = [
        ('history', '0004_historyentry_is_hidden'),
    ]

    operations = [
        migrations.AlterField(
            model_name='historyentry',
            name='key',
            field=models.CharField(default=None, blank=True, max_length=255, db_index=True, null=True),
        ),
    ]
