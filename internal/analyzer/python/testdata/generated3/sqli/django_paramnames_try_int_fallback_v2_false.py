# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=paramnames propagation=try_int_fallback sink=v2 expected=false
from django.http import JsonResponse
from django.urls import path
from sqlalchemy import create_engine, text


def benchmark_test_00035(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM users WHERE name = '{bar}'")).fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00035/", benchmark_test_00035),
]
