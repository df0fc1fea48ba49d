# generated case (gen8): category=xss rule=PY-XSS fw=django shape=django_path_kwarg expected=true
from django.http import HttpResponse
from django.urls import path


def case_django_path_kwarg(request, slug):
    return HttpResponse("<h1>Category " + slug + "</h1>")  # want: PY-XSS


urlpatterns = [path("cat/<str:slug>/", case_django_path_kwarg)]
