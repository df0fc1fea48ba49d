"""django_shop: a small shop with a community forum (Django 4.2, no DRF)."""
default_app_config = "django_shop.apps.ShopConfig"
