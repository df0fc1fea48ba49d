# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=get shape=django_raw_fstring sink=specific expected=true
from django.contrib.auth.models import User
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00312(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    rows = list(User.objects.raw(f"SELECT * FROM auth_user WHERE username = '{bar}'"))  # want: PY-SQLI
    result = len(rows)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00312/", benchmark_test_00312),
]
