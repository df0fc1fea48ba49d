# generated case (gen8): category=sqli rule=PY-SQLI fw=django shape=django_raw_percent expected=true
from django.contrib.auth.models import User
from django.http import JsonResponse
from django.urls import path


def case_django_raw_percent(request):
    name = request.GET["name"]
    users = list(User.objects.raw("SELECT * FROM auth_user WHERE username = '%s'" % name))  # want: PY-SQLI
    return JsonResponse({"n": len(users)})


urlpatterns = [path("sqli_django_raw_percent/", case_django_raw_percent)]
