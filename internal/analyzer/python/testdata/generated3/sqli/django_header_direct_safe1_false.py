# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=header propagation=direct sink=safe1 expected=false
from django.http import JsonResponse
from django.urls import path
from sqlalchemy import create_engine, text


def benchmark_test_00040(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text("SELECT id FROM users WHERE name = :name"), {"name": bar}).fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00040/", benchmark_test_00040),
]
