# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=django source=getlist shape=rawsql_params sink=specific expected=false
from django.contrib.auth.models import User
from django.db.models.expressions import RawSQL
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00312(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    qs = User.objects.annotate(hits=RawSQL("SELECT COUNT(*) FROM searches WHERE term = %s", (bar,)))
    result = qs.count()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00312/", benchmark_test_00312),
]
