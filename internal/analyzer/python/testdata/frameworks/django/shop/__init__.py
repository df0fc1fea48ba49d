# frameworks/django/shop: Django app package marker
