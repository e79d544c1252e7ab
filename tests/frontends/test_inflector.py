"""The shared inflector (schemalint.frontends.inflector): one engine, and
each framework's own rules, because a default table name is right only
when it is the one that framework forms."""

import pytest

from schemalint.frontends import inflector
from schemalint.frontends.laravel import model_table
from schemalint.frontends.rails import table_name_for_class


@pytest.mark.parametrize("word, laravel, rails", [
    ("user", "users", "users"),
    ("person", "people", "people"),
    ("Person", "People", "People"),
    ("status", "statuses", "statuses"),
    ("category", "categories", "categories"),
    ("address", "addresses", "addresses"),
    ("wife", "wives", "wives"),
    # the rule tables differ: doctrine/inflector knows more irregular and
    # uncountable words than ActiveSupport's defaults
    ("goose", "geese", "gooses"),
    ("criterion", "criteria", "criterions"),
    ("feedback", "feedback", "feedbacks"),
    ("information", "information", "information"),
])
def test_each_framework_pluralises_by_its_own_rules(word, laravel, rails):
    assert inflector.LARAVEL.pluralize(word) == laravel
    assert inflector.RAILS.pluralize(word) == rails


def test_laravel_keeps_the_case_of_the_word():
    assert inflector.LARAVEL.pluralize("CHILD") == "CHILDREN"
    assert inflector.LARAVEL.pluralize("Child") == "Children"
    assert inflector.RAILS.pluralize("CHILD") == "Children"  # ActiveSupport keeps the first letter only


def test_rails_singularises_for_foreign_key_columns():
    assert inflector.RAILS.singularize("people") == "person"
    assert inflector.RAILS.singularize("categories") == "category"
    assert inflector.RAILS.singularize("statuses") == "status"
    assert inflector.RAILS.singularize("") == ""


def test_snake_cases_differ_as_the_frameworks_do():
    assert inflector.snake("PendudukMandiri") == "penduduk_mandiri"
    assert inflector.underscore("HTTPRequestLog") == "http_request_log"
    assert inflector.snake("HTTPRequestLog") == "h_t_t_p_request_log"  # Laravel's Str::snake
    assert inflector.attribute_snake("PasswordHash") == "password_hash"


def test_default_table_names_of_models():
    assert model_table("App\\Models\\UserProfile") == "user_profiles"
    assert model_table("Penduduk") == "penduduks"
    assert model_table("RoleUser", pivot=True) == "role_user"
    assert table_name_for_class("Admin::UserProfile") == "user_profiles"
    assert table_name_for_class("Person") == "people"
