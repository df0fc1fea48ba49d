# gen2_django_cbv: Django class-based views in views.py registered in urls.py; sinks in services.py
