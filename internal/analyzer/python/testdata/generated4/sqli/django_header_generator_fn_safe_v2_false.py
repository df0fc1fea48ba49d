# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=header shape=generator_fn_safe sink=v2 expected=false
from django.http import JsonResponse
from django.urls import path
from sqlalchemy import create_engine, text


def pieces(value):
    yield "safe"
    yield value


def benchmark_test_00245(request):
    param = request.headers.get("X-Benchmark", "")
    bar = list(pieces(param))[0]
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM users WHERE name = '{bar}'")).fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00245/", benchmark_test_00245),
]
