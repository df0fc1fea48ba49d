# frameworks/django/blog: Django app package marker (safe counterparts)
