# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=django source=post shape=exec_driver_sql_params sink=specific expected=false
from django.http import JsonResponse
from django.urls import path
from sqlalchemy import create_engine, text

engine = create_engine("sqlite:///benchmark.db")


def benchmark_test_00311(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    with engine.connect() as c:
        rows = c.exec_driver_sql("SELECT id FROM users WHERE name = ?", (bar,)).fetchall()
    result = len(rows)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00311/", benchmark_test_00311),
]
