# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=django source=post shape=map_lambda_lower sink=v2 expected=true
from django.http import JsonResponse
from django.urls import path
from sqlalchemy import create_engine, text


def benchmark_test_00153(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = "".join(map(lambda ch: ch.lower(), param))
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM users WHERE name = '{bar}'")).fetchall()  # want: PY-SQLI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00153/", benchmark_test_00153),
]
