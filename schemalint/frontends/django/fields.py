"""Django field classes: the SQL base type of each, encrypted and hashed
field classes, and the operations without schema effect."""

from __future__ import annotations

import re
from typing import Dict, Optional, Tuple

# --------------------------------------------------------------------------
# Field classes
# --------------------------------------------------------------------------

#: Field class -> (SQL base type, default max_length or None); the family
#: comes from :func:`schemalint.types.family_of`.
#: Unknown classes are matched by suffix (``SanitizedJSONField`` ->
#: ``JSONField``), longest first.
_FIELD_TYPES: Dict[str, Tuple[str, Optional[int]]] = {
    "AutoField": ("integer", None), "BigAutoField": ("bigint", None),
    "SmallAutoField": ("smallint", None), "IntegerField": ("integer", None),
    "BigIntegerField": ("bigint", None), "SmallIntegerField": ("smallint", None),
    "PositiveIntegerField": ("integer", None),
    "PositiveBigIntegerField": ("bigint", None),
    "PositiveSmallIntegerField": ("smallint", None),
    "CharField": ("varchar", None), "SlugField": ("varchar", 50),
    "EmailField": ("varchar", 254), "URLField": ("varchar", 200),
    "FileField": ("varchar", 100), "ImageField": ("varchar", 100),
    "FilePathField": ("varchar", 100), "TextField": ("text", None),
    "CommaSeparatedIntegerField": ("varchar", None),
    "GenericIPAddressField": ("inet", None), "IPAddressField": ("inet", None),
    "CICharField": ("citext", None), "CIEmailField": ("citext", None),
    "CITextField": ("citext", None), "PhoneNumberField": ("varchar", 128),
    "CountryField": ("varchar", 2), "LanguageField": ("varchar", None),
    "DateField": ("date", None), "DateTimeField": ("timestamp", None),
    "TimeField": ("time", None), "DurationField": ("interval", None),
    "BooleanField": ("boolean", None), "NullBooleanField": ("boolean", None),
    "DecimalField": ("decimal", None), "MoneyField": ("decimal", None),
    "FloatField": ("double precision", None),
    "MeasurementField": ("double precision", None),
    "BinaryField": ("bytea", None), "JSONField": ("jsonb", None),
    "HStoreField": ("hstore", None), "UUIDField": ("uuid", None),
    "ArrayField": ("array", None), "SearchVectorField": ("tsvector", None),
    "PointField": ("geometry", None), "PolygonField": ("geometry", None),
    "MultiPolygonField": ("geometry", None), "GeometryField": ("geometry", None),
    "LineStringField": ("geometry", None), "MultiPointField": ("geometry", None),
    "MultiLineStringField": ("geometry", None), "RasterField": ("raster", None),
    "GeometryCollectionField": ("geometry", None),
}
_SUFFIXES = sorted(_FIELD_TYPES, key=len, reverse=True)

_FK_CLASSES = ("ForeignKey", "OneToOneField", "ParentalKey", "TreeForeignKey", "TreeOneToOneField")
_M2M_CLASSES = ("ManyToManyField", "ParentalManyToManyField", "TaggableManager",
                "TreeManyToManyField", "SortedManyToManyField")
_PGP_RE = re.compile(r"^(\w*?)PGP(?:Public|Symmetric)KeyField$")
_HASH_FIELDS = ("TextHMACField", "TextDigestField")

#: Calls that stand for their (last) argument: translation wrappers.
_TRANSLATION = ("_", "gettext", "gettext_lazy", "ugettext", "ugettext_lazy", "pgettext",
                "pgettext_lazy", "gettext_noop", "ugettext_noop", "_lazy")

#: Django operations with no effect on tables and columns.
_NOOP_OPS = {
    "AlterModelManagers", "RenameIndex", "ValidateConstraint", "CreateExtension", "BtreeGinExtension",
    "BtreeGistExtension", "CITextExtension", "CryptoExtension", "HStoreExtension",
    "TrigramExtension", "UnaccentExtension", "CreateCollation", "RemoveCollation",
}


def _field_base(cls: str) -> Optional[str]:
    if cls in _FIELD_TYPES:
        return cls
    return next((s for s in _SUFFIXES if cls.endswith(s)), None)
