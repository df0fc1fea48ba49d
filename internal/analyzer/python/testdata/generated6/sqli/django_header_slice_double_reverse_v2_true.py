# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=django source=header shape=slice_double_reverse sink=v2 expected=true
from django.http import JsonResponse
from django.urls import path
from sqlalchemy import create_engine, text


def benchmark_test_00290(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param[::-1][::-1]
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM users WHERE name = '{bar}'")).fetchall()  # want: PY-SQLI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00290/", benchmark_test_00290),
]
