# generated case (gen8): category=codeinj rule=PY-CODE-INJECTION fw=django shape=django_body_decode expected=true
from django.http import JsonResponse
from django.urls import path


def case_django_body_decode(request):
    expr = request.body.decode("utf-8")
    value = eval(expr)  # want: PY-CODE-INJECTION
    return JsonResponse({"value": str(value)})


urlpatterns = [path("codeinj_django_body_decode/", case_django_body_decode)]
