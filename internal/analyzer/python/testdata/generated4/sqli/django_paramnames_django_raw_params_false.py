# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=paramnames shape=django_raw_params sink=specific expected=false
from django.contrib.auth.models import User
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00311(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    rows = list(User.objects.raw("SELECT * FROM auth_user WHERE username = %s", [bar]))
    result = len(rows)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00311/", benchmark_test_00311),
]
